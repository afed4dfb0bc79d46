using Gongkai.Casework.Statistics;

namespace Gongkai.Casework.Applications;

/// <summary>The one 补正 notice of a case (第三十条).</summary>
/// <param name="NoticeSent">The day the notice went out (due within 7 working days of receipt).</param>
/// <param name="Items">What must be corrected, as the notice states it.</param>
/// <param name="CorrectBy">The reasonable deadline for the correction that the notice gives.</param>
/// <param name="CorrectedReceived">The receipt of the corrected application; null while awaited.</param>
public sealed record CorrectionStep(DateOnly NoticeSent, string Items, DateOnly CorrectBy, DateOnly? CorrectedReceived = null);

/// <summary>The extension of a case (第三十三条第二款).</summary>
/// <param name="Approver">The 政府信息公开工作机构负责人 who consented.</param>
/// <param name="Approved">The day of the consent; the applicant is notified of it.</param>
/// <param name="Reason">Why the 20 working days were not enough.</param>
public sealed record ExtensionStep(string Approver, DateOnly Approved, string Reason);

/// <summary>A 信息处理费 notice (国办函〔2020〕109号).</summary>
/// <param name="Method">按件 or 按量.</param>
/// <param name="Quantity">Applications this month (按件) or pages (按量) the amount was computed from.</param>
/// <param name="AmountYuan">The amount in 元.</param>
/// <param name="Explanation">How the amount was computed, as the notice prints it.</param>
/// <param name="NoticeSent">The day the notice went out.</param>
/// <param name="Paid">The day the fee was paid; null while unpaid.</param>
/// <param name="NoticeReceived">The day the applicant received the notice; null = the day it was sent.</param>
public sealed record FeeStep(string Method, int Quantity, decimal AmountYuan, string Explanation, DateOnly NoticeSent, DateOnly? Paid = null, DateOnly? NoticeReceived = null);

/// <summary>The decision that closes a case: its one statutory outcome and what the reply says.</summary>
/// <param name="Date">The day of the reply (or of the decision not to process further).</param>
/// <param name="Outcome">The one table-三 row the case counts under.</param>
/// <param name="Parts">The result of each part of the request, when parts were answered separately; else the outcome alone.</param>
/// <param name="Reasons">The reasons and legal basis the reply gives (for a withheld part, why).</param>
/// <param name="Provided">What is provided and how (the disclosed content, a link, the place to consult it); empty when nothing is.</param>
public sealed record DecisionStep(DateOnly Date, ApplicationOutcome Outcome, IReadOnlyList<ApplicationOutcome> Parts, string Reasons, string Provided = "");

/// <summary>
/// The request for reasons of 第三十五条: the quantity or frequency of the applications clearly exceeds a reasonable
/// range. Unreasonable reasons (or none by the deadline) → 不予处理 (表三（五）4); reasonable reasons that the periods
/// of 第三十三条 cannot meet → a later deadline (<see cref="DeferralStep"/>).
/// </summary>
/// <param name="Sent">The day the request went out.</param>
/// <param name="Grounds">Why the quantity or frequency is unreasonable, as the notice states it.</param>
/// <param name="ExplainBy">The deadline the notice gives for the reasons.</param>
/// <param name="Explained">The day the applicant's reasons arrived; null while awaited.</param>
public sealed record ReasonsRequestStep(DateOnly Sent, string Grounds, DateOnly ExplainBy, DateOnly? Explained = null);

/// <summary>A reasonable later reply deadline fixed under 第三十五条 and told to the applicant.</summary>
/// <param name="Notified">The day the applicant was told (before the statutory deadline ran out).</param>
/// <param name="Until">The new reply deadline.</param>
/// <param name="Reason">Why the periods of 第三十三条 cannot be met.</param>
public sealed record DeferralStep(DateOnly Notified, DateOnly Until, string Reason);
