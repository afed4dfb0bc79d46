using Gongkai.Casework.Statistics;

namespace Gongkai.Casework.Applications;

/// <summary>Who applied (《政府信息公开条例》第二十九条第（一）项: name, identity proof, contact details).</summary>
/// <param name="Type">The applicant's column of table 三: 自然人 or one of the five kinds of 法人或其他组织.</param>
/// <param name="Name">The person's or organisation's name.</param>
/// <param name="IdDocument">The identity proof as given: 居民身份证号, 统一社会信用代码, passport …</param>
/// <param name="Phone">A contact phone; empty when not given.</param>
/// <param name="Email">A contact e-mail; empty when not given.</param>
/// <param name="Address">A postal address; empty when not given.</param>
/// <remarks>The 条例 asks for no purpose or "own needs" condition (第二十七条); there is deliberately no field for one.</remarks>
public sealed record Applicant(ApplicantType Type, string Name, string IdDocument, string Phone = "", string Email = "", string Address = "")
{
    /// <summary>
    /// The applicant as someone who supervises the case but does not handle it sees them (《个人信息保护法》第六条,
    /// the minimum necessary): the name and column, a natural person's identity number as 1101**********1234, the
    /// phone as 138****0000, the e-mail as z***@example.com, no address. An organisation's 统一社会信用代码 is public
    /// registry data and stays whole.
    /// </summary>
    public Applicant Masked() => this with
    {
        IdDocument = Type == ApplicantType.Natural ? MaskMiddle(IdDocument, 4, 4) : IdDocument,
        Phone = MaskMiddle(Phone, 3, 4),
        Email = MaskEmail(Email),
        Address = Address.Length == 0 ? "" : "（已隐去）",
    };

    /// <summary>An e-mail address with all but the first character of the local part hidden.</summary>
    public static string MaskEmail(string email) =>
        email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at ? email[..1] + "***" + email[at..] : MaskMiddle(email, 0, 0);

    private static string MaskMiddle(string value, int head, int tail)
    {
        var text = value.Trim();
        return text.Length <= head + tail ? new string('*', text.Length) : text[..head] + new string('*', text.Length - head - tail) + text[^tail..];
    }
}

/// <summary>What is asked for (第二十九条第（二）（三）项).</summary>
/// <param name="Content">The name, 文号 or other description of the information.</param>
/// <param name="Form">The form wanted: 纸质, 电子文档, 当场查阅 …</param>
/// <param name="Delivery">How it is to be obtained: 邮寄, 电子邮件, 自行领取, 网上下载 …</param>
public sealed record RequestDetails(string Content, string Form = "电子文档", string Delivery = "电子邮件");
