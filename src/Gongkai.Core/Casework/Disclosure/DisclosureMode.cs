namespace Gongkai.Casework.Disclosure;

/// <summary>
/// 公开属性: how an item of government information is to be disclosed. Only <see cref="Proactive"/> items go into the
/// public 目录 (第十二条); the others are recorded so the agency's inventory is complete.
/// </summary>
public enum DisclosureMode
{
    /// <summary>主动公开 (第十九条、第二十条).</summary>
    Proactive,

    /// <summary>依申请公开: given to an applicant on request (第二十七条).</summary>
    OnRequest,

    /// <summary>不予公开 (第十四条、第十五条、第十六条).</summary>
    Exempt,
}

/// <summary>The stored codes and Chinese labels of <see cref="DisclosureMode"/>.</summary>
public static class DisclosureModes
{
    public static IReadOnlyList<DisclosureMode> All { get; } = Enum.GetValues<DisclosureMode>();

    public static string Zh(DisclosureMode mode) => mode switch
    {
        DisclosureMode.Proactive => "主动公开",
        DisclosureMode.OnRequest => "依申请公开",
        DisclosureMode.Exempt => "不予公开",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    /// <summary>The code a database stores: <c>proactive</c>, <c>on_request</c>, <c>exempt</c>.</summary>
    public static string Code(DisclosureMode mode) => mode switch
    {
        DisclosureMode.Proactive => "proactive",
        DisclosureMode.OnRequest => "on_request",
        DisclosureMode.Exempt => "exempt",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    /// <summary>The attribute of a stored code, or null for anything else.</summary>
    public static DisclosureMode? Parse(string? code) => code switch
    {
        "proactive" => DisclosureMode.Proactive,
        "on_request" => DisclosureMode.OnRequest,
        "exempt" => DisclosureMode.Exempt,
        _ => null,
    };
}
