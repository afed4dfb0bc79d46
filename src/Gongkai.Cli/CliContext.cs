namespace Gongkai.Cli;

/// <summary>Where one invocation writes: stdout for results, stderr for messages and progress.</summary>
/// <param name="stderrIsTerminal">Draw a progress bar on stderr (a terminal); otherwise print plain lines.</param>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
{
    private readonly Lock gate = new();

    public TextWriter Stdout { get; } = stdout;

    public TextWriter Stderr { get; } = stderr;

    public bool StderrIsTerminal { get; } = stderrIsTerminal;

    /// <summary>One whole line on stderr, safe from worker threads.</summary>
    public void Error(string line)
    {
        lock (gate)
        {
            Stderr.WriteLine(line);
        }
    }
}
