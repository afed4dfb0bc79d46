using static Gongkai.Casework.DeadlineCounter;

namespace Gongkai.Casework;

/// <summary>The reply clock of an application (《政府信息公开条例》第三十条、第三十二条、第三十三条), as a pure function.</summary>
public static class StatutoryClock
{
    /// <summary>第三十三条第二款: 20 working days from receipt; an extension adds at most 20.</summary>
    public const int ReplyDays = 20;

    /// <summary>第三十条: the 补正 notice goes out within 7 working days of receipt.</summary>
    public const int CorrectionNoticeDays = 7;

    /// <summary>第三十二条: the third party answers within 15 working days.</summary>
    public const int ConsultationDays = 15;

    /// <summary>国办函〔2020〕109号: the applicant pays the 信息处理费 within 20 working days of the notice.</summary>
    public const int FeePaymentDays = 20;

    /// <summary>Computes the deadlines of <paramref name="input"/> on <paramref name="calendar"/>.</summary>
    public static ApplicationClock Compute(WorkingCalendar calendar, ClockInput input)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(input);
        var lines = new List<string> { $"{IsoDate.Format(input.Received)} 收到申请（第三十一条）。" };
        var notice = calendar.AddWorkingDays(input.Received, CorrectionNoticeDays);
        lines.Add($"需要补正的，应于 {IsoDate.Format(notice.Due)} 前一次性告知（第三十条）：{notice.Explanation}");

        var start = input.Received;
        if (input.Correction is { } correction)
        {
            var late = correction.NoticeSent > notice.Due ? "，已超过 7 个工作日的告知期限" : "";
            lines.Add($"{IsoDate.Format(correction.NoticeSent)} 发出补正告知{late}。");
            if (correction.CorrectedReceived is not { } corrected)
            {
                lines.Add("尚未收到补正后的申请：答复期限自收到之日起计算，现未起算（第三十条）。");
                return new ApplicationClock(notice, null, null, lines);
            }

            start = corrected;
            lines.Add($"{IsoDate.Format(corrected)} 收到补正后的申请，答复期限自该日起计算（第三十条）。");
        }

        var paused = new HashSet<DateOnly>();
        foreach (var consultation in input.Consultations ?? [])
        {
            var end = consultation.Answered ?? consultation.ExpiresOn(calendar);
            var days = 0;
            for (var d = consultation.Sent.AddDays(1); d <= end; d = d.AddDays(1))
            {
                if (d > start && calendar.IsWorkingDay(d))
                {
                    days++;
                    paused.Add(d);
                }
            }

            var delivered = consultation.Delivered is { } on && on != consultation.Sent ? $"，对方 {IsoDate.Format(on)} 收到" : "";
            var until = consultation.Answered is null ? $"未答复，至 {ConsultationDays} 个工作日期满 {IsoDate.Format(end)}" : $"{IsoDate.Format(end)} 收到答复";
            lines.Add($"{IsoDate.Format(consultation.Sent)} 征求{consultation.Party}意见{delivered}，{until}：其间 {days} 个工作日不计入答复期限（第三十三条第三款）。");
        }

        var feeDays = 0;
        if (input.Fee is { } fee)
        {
            var end = fee.Paid ?? calendar.AddWorkingDays(fee.Received ?? fee.Sent, FeePaymentDays).Due;
            for (var d = fee.Sent.AddDays(1); d <= end; d = d.AddDays(1))
            {
                if (d > start && calendar.IsWorkingDay(d) && paused.Add(d))
                {
                    feeDays++;
                }
            }

            var until = fee.Paid is null ? $"尚未缴费，缴费期 {FeePaymentDays} 个工作日至 {IsoDate.Format(end)}" : $"{IsoDate.Format(end)} 缴费";
            lines.Add($"{IsoDate.Format(fee.Sent)} 发出信息处理费缴费通知，{until}：其间 {feeDays} 个工作日不计入答复期限（国办函〔2020〕109号）。");
        }

        var label = (input.Consultations is { Count: > 0 }, input.Fee is not null) switch
        {
            (true, true) => "征求意见及缴费期间",
            (false, true) => "缴费期间",
            _ => "征求意见期间",
        };
        var pause = paused.Count > 0 ? new Pause(paused, label) : null;
        var total = ReplyDays;
        if (input.Extension is { } extension)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(extension.Approver, nameof(input));
            var original = Count(calendar, start, ReplyDays, pause);
            var late = extension.Approved > original.Due ? $"，晚于原答复期限 {IsoDate.Format(original.Due)}" : "";
            lines.Add($"{IsoDate.Format(extension.Approved)} 经政府信息公开工作机构负责人{extension.Approver}同意，延长答复期限 {ReplyDays} 个工作日（第三十三条第二款）{late}。");
            total += ReplyDays;
        }

        var reply = Count(calendar, start, total, pause);
        lines.Add($"答复期限届满日 {IsoDate.Format(reply.Due)}（第三十三条）：{reply.Explanation}");
        if (input.Deferral is not { } deferral)
        {
            return new ApplicationClock(notice, start, reply, lines) { Statutory = reply };
        }

        var deferred = reply with
        {
            WorkingDays = calendar.WorkingDaysBetween(start, deferral.Until),
            Due = deferral.Until,
            Explanation = $"依第三十五条确定的延迟答复期限（{IsoDate.Format(deferral.Notified)} 告知申请人），法定答复期限原为 {IsoDate.Format(reply.Due)}；届满日 {IsoDate.Format(deferral.Until)}。",
        };
        lines.Add($"{IsoDate.Format(deferral.Notified)} 告知申请人：申请人说明的理由合理，但无法在第三十三条规定的期限内答复，确定延迟答复的合理期限至 {IsoDate.Format(deferral.Until)}（第三十五条）。");
        return new ApplicationClock(notice, start, deferred, lines) { Statutory = reply };
    }
}
