namespace Gongkai.Casework.Applications;

/// <summary>How an application reached the agency; the channel fixes the receipt date (《政府信息公开条例》第三十一条).</summary>
public enum IntakeChannel
{
    /// <summary>当面提交: received the day it is handed in (第三十一条第（一）项).</summary>
    InPerson = 1,

    /// <summary>邮寄（需签收）: received the day the agency signs for it (第三十一条第（二）项).</summary>
    PostSigned,

    /// <summary>平常信函: the office confirms with the applicant the day it arrives; received on the day of that confirmation (第三十一条第（二）项).</summary>
    PostOrdinary,

    /// <summary>互联网渠道 (the disclosure platform, this portal): received the day both sides confirm (第三十一条第（三）项).</summary>
    Online,

    /// <summary>政府信息公开工作机构的传真: received the day both sides confirm (第三十一条第（三）项).</summary>
    Fax,

    /// <summary>电子邮件: a 数据电文 over the internet, handled as the internet channel — received the day both sides confirm.</summary>
    Email,
}

/// <summary>The receipt-date rule of each channel.</summary>
public static class IntakeChannels
{
    public static IReadOnlyList<IntakeChannel> All { get; } = Enum.GetValues<IntakeChannel>();

    public static string Label(this IntakeChannel channel) => channel switch
    {
        IntakeChannel.InPerson => "当面提交",
        IntakeChannel.PostSigned => "邮寄（需签收）",
        IntakeChannel.PostOrdinary => "平常信函（无需签收）",
        IntakeChannel.Online => "互联网渠道",
        IntakeChannel.Fax => "传真",
        IntakeChannel.Email => "电子邮件",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>True when the receipt date is the day of a confirmation with the applicant, not the day of arrival.</summary>
    public static bool NeedsConfirmation(this IntakeChannel channel) =>
        channel is IntakeChannel.PostOrdinary or IntakeChannel.Online or IntakeChannel.Fax or IntakeChannel.Email;

    /// <summary>The rule in one sentence, with its article, as the intake form and the case page show it.</summary>
    public static string ReceiptRule(this IntakeChannel channel) => channel switch
    {
        IntakeChannel.InPerson => "当面提交的，以提交之日为收到申请之日（第三十一条第（一）项）。",
        IntakeChannel.PostSigned => "以邮寄方式提交、需要签收的，以签收之日为收到申请之日（第三十一条第（二）项）。",
        IntakeChannel.PostOrdinary => "以平常信函等无需签收的邮寄方式提交的，应当于收到申请的当日与申请人确认，确认之日为收到申请之日（第三十一条第（二）项）。",
        IntakeChannel.Online => "通过互联网渠道提交的，以双方确认之日为收到申请之日（第三十一条第（三）项）。",
        IntakeChannel.Fax => "通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日（第三十一条第（三）项）。",
        IntakeChannel.Email => "以电子邮件（数据电文）提交的，按互联网渠道处理，以双方确认之日为收到申请之日（第三十一条第（三）项）。",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
