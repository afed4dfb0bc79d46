using Gongkai.Casework.Fees;
using Gongkai.Casework.Statistics;

namespace Gongkai.Casework.Notices;

/// <summary>One written notice of the disclosure procedure, everything <see cref="NoticeWriter"/> prints.</summary>
/// <param name="Kind">Which notice; it decides the title, the standard text and which optional fields are required.</param>
/// <param name="Agency">The issuing agency as it signs (落款), e.g. <c>某市人民政府办公室</c>.</param>
/// <param name="DocumentNumber">The 文号 as the agency numbers it, e.g. <c>X政公开〔2026〕12号</c>; printed as given.</param>
/// <param name="Recipient">Who the notice is addressed to (主送): the applicant, or the third party for <see cref="NoticeKind.ThirdPartyConsultation"/>.</param>
/// <param name="Request">The application the notice is about.</param>
/// <param name="Dated">The date of the notice (成文日期), printed in Chinese numerals; never today's date implicitly.</param>
/// <param name="Paragraphs">The clerk's free text, one paragraph each, placed where the kind's standard text expects it (see <see cref="NoticeKind"/>); may be empty.</param>
public sealed record Notice(NoticeKind Kind, string Agency, string DocumentNumber, string Recipient, ApplicationRequest Request, DateOnly Dated, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The decision of a <see cref="NoticeKind.Decision"/> notice; ignored by the other kinds.</summary>
    public ApplicationOutcome? Outcome { get; init; }

    /// <summary>The deadline the notice names; its meaning depends on <see cref="Kind"/>. Null when not given.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The fee of a <see cref="NoticeKind.FeeDemand"/> notice; ignored by the other kinds.</summary>
    public InformationProcessingFee? Fee { get; init; }

    /// <summary>Where a <see cref="NoticeKind.Decision"/> can be appealed; null for the generic “依法” wording.</summary>
    public AppealBodies? Appeal { get; init; }

    /// <summary>The contact printed as 附注 under the date; null for none.</summary>
    public Contact? Contact { get; init; }
}

/// <summary>The application a notice is about, as the notice quotes it.</summary>
/// <param name="Received">The receipt date under 第三十一条.</param>
/// <param name="Content">What was requested, in the applicant's words or a faithful summary; quoted in “”.</param>
public sealed record ApplicationRequest(DateOnly Received, string Content);

/// <summary>The bodies a decision can be challenged before (条例第五十一条; 行政复议法, 行政诉讼法).</summary>
/// <param name="ReviewBody">The 行政复议机关, e.g. <c>某市人民政府</c>; null for “依法申请行政复议”.</param>
/// <param name="Court">The court of first instance, e.g. <c>某区人民法院</c>; null for “依法提起行政诉讼”.</param>
public sealed record AppealBodies(string? ReviewBody, string? Court);

/// <summary>Whom the recipient can call about the notice.</summary>
/// <param name="Person">The 联系人; null to print only the phone.</param>
/// <param name="Phone">The 联系电话; null to print only the person.</param>
public sealed record Contact(string? Person, string? Phone);
