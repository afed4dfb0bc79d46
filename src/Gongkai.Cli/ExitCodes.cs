namespace Gongkai.Cli;

/// <summary>The process exit codes, as <c>gongkai --help</c> documents them. A higher code wins.</summary>
public static class ExitCodes
{
    /// <summary>Every input was read and no error-level finding was reported.</summary>
    public const int Ok = 0;

    /// <summary><c>check</c> found at least one error-level finding.</summary>
    public const int Findings = 1;

    /// <summary>An input could not be read at all (GK01xx), or the command line is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>A bug in Gongkai: one line <c>gongkai: 内部错误：…</c>, never a stack trace.</summary>
    public const int InternalError = 3;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>One line per code for the help text.</summary>
    public const string Help =
        "退出码（exit codes）：\n" +
        "  0  成功，没有错误级问题（success, no error-level finding）\n" +
        "  1  check 发现错误级问题（check found error-level findings）\n" +
        "  2  有输入无法读取（GK01xx），或命令行有误（an input could not be read, or a bad command line）\n" +
        "  3  内部错误（internal error: a bug in gongkai）\n" +
        "  130  被中断（interrupted, Ctrl+C）\n" +
        "  代码大者优先：2 优先于 1（the higher code wins: 2 beats 1）";
}
