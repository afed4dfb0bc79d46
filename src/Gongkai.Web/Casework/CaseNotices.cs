using System.Data.Common;
using Gongkai.Casework;
using Gongkai.Casework.Applications;
using Gongkai.Casework.Fees;
using Gongkai.Casework.Notices;
using Gongkai.Data.Casework;
using Gongkai.Data.Queries;

namespace Gongkai.Web.Casework;

/// <summary>The notices a case has produced so far, made from its steps and the agency's settings.</summary>
public static class CaseNotices
{
    /// <summary>
    /// The notices available for <paramref name="value"/>: (kind, consultation index or -1, title). The 登记回执 carries
    /// the tracking code, so only the agency's clerks and the applicant get it (<see cref="ForSupervisor"/>).
    /// </summary>
    public static IReadOnlyList<(NoticeKind Kind, int Index, string Title)> Available(ApplicationCase value)
    {
        var list = new List<(NoticeKind, int, string)>();
        if (value.Received is not null)
        {
            list.Add((NoticeKind.Acknowledgment, -1, "登记回执"));
        }

        if (value.Correction is not null)
        {
            list.Add((NoticeKind.Correction, -1, "补正告知书"));
        }

        for (var i = 0; i < value.Consultations.Count; i++)
        {
            list.Add((NoticeKind.ThirdPartyConsultation, i, $"征求意见书（{value.Consultations[i].Party}）"));
        }

        if (value.Extension is not null)
        {
            list.Add((NoticeKind.Extension, -1, "延期答复告知书"));
        }

        if (value.Fee is not null)
        {
            list.Add((NoticeKind.FeeDemand, -1, "信息处理费缴费通知书"));
        }

        if (value.ReasonsRequest is not null)
        {
            list.Add((NoticeKind.ReasonsRequest, -1, "说明理由通知书"));
        }

        if (value.Deferral is not null)
        {
            list.Add((NoticeKind.Deferral, -1, "延迟答复告知书"));
        }

        if (value.Decision is { } d && d.Outcome is not (Gongkai.Casework.Statistics.ApplicationOutcome.OtherMisc))
        {
            list.Add((NoticeKind.Decision, -1, "政府信息公开申请答复书"));
        }

        return list;
    }

    /// <summary>True for the notices a supervising reader (a reviewer, an admin) may open: all but the 登记回执 with its tracking code.</summary>
    public static bool ForSupervisor(NoticeKind kind) => kind != NoticeKind.Acknowledgment;

    /// <summary>The notice of <paramref name="kind"/> as the case's agency signs it (its name and notice settings), or null when the case has none of that kind.</summary>
    public static async Task<Notice?> MakeAsync(DbConnection c, StoredCase stored, NoticeKind kind, int index, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var agency = await AgencyQueries.ByIdAsync(c, stored.AgencyId) ?? throw new InvalidOperationException($"application {stored.Id} has no agency");
        var settings = await CaseSettings.GetAsync(c, agency.Id) ?? CaseSettings.DefaultFor(agency.Name);
        return Make(stored, kind, index, agency.FullName, settings, calendar);
    }

    /// <summary>The notice of <paramref name="kind"/>, or null when the case has none of that kind.</summary>
    public static Notice? Make(StoredCase stored, NoticeKind kind, int index, string agencyName, CaseSettings settings, WorkingCalendar calendar)
    {
        var value = stored.Case;
        if (value.Received is not { } received)
        {
            return null;
        }

        var serial = int.Parse(stored.Number[5..], System.Globalization.CultureInfo.InvariantCulture);
        var number = $"{settings.DocPrefix}〔{stored.Number[..4]}〕{serial}号";
        var request = new ApplicationRequest(received, value.Request.Content);
        var contact = settings.ContactPerson.Length + settings.ContactPhone.Length > 0
            ? new Contact(Blank(settings.ContactPerson), Blank(settings.ContactPhone))
            : null;
        Notice Base(DateOnly dated, string recipient, params string[] paragraphs) =>
            new(kind, agencyName, number, recipient, request, dated, paragraphs) { Contact = contact };

        return kind switch
        {
            // The receipt as it stood on the day: the reply date of 第三十三条 from receipt; later changes have their own notices.
            NoticeKind.Acknowledgment =>
                Base(received, value.Applicant.Name, $"查询码：{stored.TrackingCode}。您可凭查询码在本机关政府信息公开网站“申请查询”页面查询办理进度、下载答复文书。") with
                {
                    Deadline = calendar.AddWorkingDays(received, StatutoryClock.ReplyDays).Due,
                },
            NoticeKind.Correction when value.Correction is { } c =>
                Base(c.NoticeSent, value.Applicant.Name, c.Items) with { Deadline = c.CorrectBy },
            NoticeKind.Extension when value.Extension is { } e =>
                Base(e.Approved, value.Applicant.Name, Paragraphs(e.Reason)) with { Deadline = value.Clock(calendar)?.Statutory?.Due },
            NoticeKind.ReasonsRequest when value.ReasonsRequest is { } r =>
                Base(r.Sent, value.Applicant.Name, Paragraphs(r.Grounds)) with { Deadline = r.ExplainBy },
            NoticeKind.Deferral when value.Deferral is { } d =>
                Base(d.Notified, value.Applicant.Name, Paragraphs(d.Reason)) with { Deadline = d.Until },
            NoticeKind.FeeDemand when value.Fee is { } f =>
                Base(f.NoticeSent, value.Applicant.Name, "请按本通知载明的方式缴纳，缴费后请将缴费凭证告知本机关。") with
                {
                    Fee = f.Method == "按量" ? InformationProcessingFees.ForPages(f.Quantity) : InformationProcessingFees.ForApplications(Math.Max(0, f.Quantity - 1)),
                    Deadline = value.FeeDue(calendar)?.Due,
                },
            NoticeKind.ThirdPartyConsultation when index >= 0 && index < value.Consultations.Count =>
                Base(value.Consultations[index].Sent, value.Consultations[index].Party, "申请公开的信息可能涉及贵方的商业秘密、个人隐私等合法权益，特征求贵方意见。") with
                {
                    Deadline = value.Consultations[index].ExpiresOn(calendar),
                },
            NoticeKind.Decision when value.Decision is { } d =>
                Base(d.Date, value.Applicant.Name, [.. Paragraphs(d.Provided), .. Paragraphs(d.Reasons)]) with
                {
                    Outcome = d.Outcome,
                    Appeal = new AppealBodies(Blank(settings.ReviewBody), Blank(settings.Court)),
                },
            _ => null,
        };
    }

    private static string[] Paragraphs(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Blank(string s) => s.Trim().Length == 0 ? null : s.Trim();
}
