using Gongkai.Casework.Applications;

namespace Gongkai.Web.Casework;

/// <summary>What the applicant fields show: empty for a new application, the registered values when correcting one.</summary>
public sealed record ApplicantFieldsView(Applicant? Applicant, RequestDetails? Request)
{
    public static ApplicantFieldsView Empty { get; } = new(null, null);
}
