using Gongkai.Casework.Applications;
using Gongkai.Casework.Statistics;

namespace Gongkai.Web.Casework;

/// <summary>
/// What the applicant fields show: empty for a new application, the registered values when correcting one, and what
/// was typed when a form comes back with an error (nothing typed is lost).
/// </summary>
public sealed record ApplicantFieldsView(Applicant? Applicant, RequestDetails? Request)
{
    public static ApplicantFieldsView Empty { get; } = new(null, null);

    /// <summary>The posted values as typed (unvalidated, cut to the fields' lengths), to show the form again.</summary>
    public static ApplicantFieldsView Typed(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Field(string name, int max)
        {
            var typed = form[name].ToString();
            return typed.Length > max ? typed[..max] : typed;
        }

        var type = Enum.TryParse<ApplicantType>(form["applicantType"], out var t) && Enum.IsDefined(t) ? t : ApplicantType.Natural;
        return new(
            new Applicant(type, Field("name", 200), Field("idDocument", 100), Field("phone", 50), Field("email", 200), Field("address", 300)),
            new RequestDetails(Field("content", 4000), Field("form", 50), Field("delivery", 50)));
    }
}
