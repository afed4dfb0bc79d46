namespace Gongkai.Casework.Notices;

/// <summary>The written notices of an application's procedure under 《中华人民共和国政府信息公开条例》 (国务院令第711号).</summary>
/// <remarks>What <see cref="Notice.Paragraphs"/> and <see cref="Notice.Deadline"/> mean differs by kind; see each member.</remarks>
public enum NoticeKind
{
    /// <summary>
    /// 政府信息公开申请答复书: the decision, one standard text per <see cref="Statistics.ApplicationOutcome"/> with its
    /// legal basis (第三十六条 and the articles it points to), then the clerk's paragraphs (the information disclosed or
    /// how to obtain it, or the reasons), then the routes of appeal. Needs <see cref="Notice.Outcome"/>.
    /// </summary>
    Decision = 1,

    /// <summary>
    /// 政府信息公开申请补正告知书 (第三十条): the paragraphs say what must be corrected; <see cref="Notice.Deadline"/> is
    /// the last day for the correction (required). Not corrected without good reason → deemed abandoned.
    /// </summary>
    Correction,

    /// <summary>
    /// 政府信息公开延期答复告知书 (第三十三条第二款): the reply period extended by at most 20 working days with the
    /// consent of the head of the disclosure office; <see cref="Notice.Deadline"/> is the new reply deadline (required);
    /// the paragraphs, if any, give the reason.
    /// </summary>
    Extension,

    /// <summary>
    /// 信息处理费缴费通知书 (条例第四十二条, 国办函〔2020〕109号): method, standard, amount with its tiers from
    /// <see cref="Notice.Fee"/> (required); the paragraphs say how to pay; 20 working days from receipt to pay;
    /// <see cref="Notice.Deadline"/>, if given, is that last day as the agency counted it.
    /// </summary>
    FeeDemand,

    /// <summary>
    /// 政府信息公开征求第三方意见书 (第三十二条), addressed to the third party: the paragraphs say which information
    /// concerns it; 15 working days to answer; silence → the agency decides. <see cref="Notice.Deadline"/>, if given,
    /// is that last day as the agency counted it.
    /// </summary>
    ThirdPartyConsultation,

    /// <summary>
    /// 政府信息公开申请说明理由通知书 (第三十五条): the quantity or frequency of the applications clearly exceeds a
    /// reasonable range; the paragraphs say how; <see cref="Notice.Deadline"/> is the last day for the reasons (required).
    /// </summary>
    ReasonsRequest,

    /// <summary>
    /// 政府信息公开申请延迟答复告知书 (第三十五条): the reasons are reasonable but the periods of 第三十三条 cannot be met;
    /// <see cref="Notice.Deadline"/> is the later reply deadline the agency fixed (required); the paragraphs give the reason.
    /// </summary>
    Deferral,

    /// <summary>
    /// 政府信息公开申请登记回执 (第三十一条): the receipt date as the channel's rule fixes it and the reply deadline
    /// (<see cref="Notice.Deadline"/>, required); the paragraphs say how to follow the application (the tracking code).
    /// Handed to an applicant in person, or sent once an online, fax, e-mail or letter application is confirmed.
    /// </summary>
    Acknowledgment,
}
