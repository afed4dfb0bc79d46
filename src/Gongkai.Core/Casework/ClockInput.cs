namespace Gongkai.Casework;

/// <summary>What the statutory clock of one application depends on (《政府信息公开条例》第三十条至第三十三条).</summary>
/// <param name="Received">The receipt date as 第三十一条 fixes it for the channel.</param>
/// <param name="Correction">The 补正 notice, if one was sent.</param>
/// <param name="Consultations">Third-party and other-agency consultations (第三十二条、第三十四条); their time is not counted.</param>
/// <param name="Extension">The extension, if the head of the disclosure office approved one.</param>
/// <param name="Fee">The 信息处理费 notice, if one was sent; the time the applicant takes to pay is not counted.</param>
/// <param name="Deferral">The later reply deadline fixed under 第三十五条, if one was.</param>
public sealed record ClockInput(DateOnly Received, Correction? Correction = null, IReadOnlyList<Consultation>? Consultations = null, Extension? Extension = null, FeeNotice? Fee = null, Deferral? Deferral = null);

/// <summary>A 补正 notice (第三十条).</summary>
/// <param name="NoticeSent">The day the notice went out; due within 7 working days of receipt.</param>
/// <param name="CorrectedReceived">The receipt of the corrected application, from which the reply period runs; null while it is awaited.</param>
public sealed record Correction(DateOnly NoticeSent, DateOnly? CorrectedReceived);

/// <summary>A consultation of a third party or another agency.</summary>
/// <param name="Party">Who was consulted, as the explanation names them (第三方, 某局).</param>
/// <param name="Sent">The day the consultation letter went out.</param>
/// <param name="Answered">The day the answer came; null when none came, and the 15 working days of 第三十二条 bound the pause.</param>
/// <param name="Delivered">The day the party received the letter, from which its 15 working days run (第三十二条); null = the day it was sent.</param>
/// <remarks>The paused working days are those after <see cref="Sent"/> up to and including the answer (or the expiry).</remarks>
public sealed record Consultation(string Party, DateOnly Sent, DateOnly? Answered, DateOnly? Delivered = null)
{
    /// <summary>The last day of the party's 15 working days, counted from the day after it received the letter.</summary>
    public DateOnly ExpiresOn(WorkingCalendar calendar) => calendar.AddWorkingDays(Delivered ?? Sent, StatutoryClock.ConsultationDays).Due;
}

/// <summary>An extension of the reply period by 20 working days (第三十三条第二款).</summary>
/// <param name="Approver">The 政府信息公开工作机构负责人 who consented.</param>
/// <param name="Approved">The day of the consent.</param>
public sealed record Extension(string Approver, DateOnly Approved);

/// <summary>A 信息处理费 notice (国办函〔2020〕109号).</summary>
/// <param name="Sent">The day the notice went out.</param>
/// <param name="Paid">The day the fee was paid; null while it is unpaid.</param>
/// <param name="Received">The day the applicant received the notice; null = the day it was sent.</param>
/// <remarks>
/// The applicant pays within 20 working days of receiving the notice. Gongkai reads the payment period as not counted
/// in the reply period, as provincial implementing notices do (四川); 109号's own article on this was not retrievable
/// (shared/spec/domain-rules.md §2.5). The paused working days are those after <see cref="Sent"/> up to and including
/// the payment (or the end of the 20 days, counted from the day after the applicant received the notice).
/// </remarks>
public sealed record FeeNotice(DateOnly Sent, DateOnly? Paid, DateOnly? Received = null);

/// <summary>
/// A reasonable later reply deadline (第三十五条): the applicant's reasons for a request of clearly unreasonable
/// quantity or frequency were found reasonable, but the agency cannot reply within the periods of 第三十三条.
/// </summary>
/// <param name="Notified">The day the applicant was told.</param>
/// <param name="Until">The deadline the agency fixed.</param>
public sealed record Deferral(DateOnly Notified, DateOnly Until);
