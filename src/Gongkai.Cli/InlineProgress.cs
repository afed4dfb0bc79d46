namespace Gongkai.Cli;

/// <summary>
/// Reports progress on the caller's thread, one report at a time. <see cref="Progress{T}"/> posts each report to
/// the thread pool, so a report could arrive after the command returned and write to a closed stream (it crashed a
/// test host once); this one has finished every report when the work returns.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            report(value);
        }
    }
}
