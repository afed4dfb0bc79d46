using Spectre.Console;

namespace Gongkai.Cli;

/// <summary>
/// Runs one function over many inputs on every core and returns the results in input order, so output is
/// deterministic. Shows a Spectre.Console progress bar on a terminal and a plain line per tenth otherwise.
/// </summary>
internal static class Batch
{
    /// <summary>Below this many inputs no progress is shown when stderr is not a terminal.</summary>
    public const int PlainProgressThreshold = 100;

    public static async Task<T[]> RunAsync<T>(IReadOnlyList<string> inputs, Func<string, T> work, CliContext context, string title, CancellationToken cancellationToken)
    {
        var results = new T[inputs.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        void RunAll(Action tick) => Parallel.For(0, inputs.Count, options, i =>
        {
            results[i] = work(inputs[i]);
            tick();
        });

        if (inputs.Count > 1 && context.StderrIsTerminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Stderr) });
            await console.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(Markup.Escape(title), maxValue: inputs.Count);
                    await Task.Run(() => RunAll(() => task.Increment(1)), cancellationToken);
                });
        }
        else if (inputs.Count >= PlainProgressThreshold)
        {
            var done = 0;
            var step = Math.Max(1, inputs.Count / 10);
            var gate = new Lock();
            await Task.Run(() => RunAll(() =>
            {
                lock (gate)
                {
                    done++;
                    if (done % step == 0 || done == inputs.Count)
                    {
                        context.Error($"gongkai: {title} {done}/{inputs.Count}");
                    }
                }
            }), cancellationToken);
        }
        else
        {
            await Task.Run(() => RunAll(static () => { }), cancellationToken);
        }

        return results;
    }
}
