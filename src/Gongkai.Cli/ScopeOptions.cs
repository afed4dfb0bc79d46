using System.CommandLine;
using System.Globalization;
using Gongkai.Data;
using Gongkai.Data.Queries;

namespace Gongkai.Cli;

/// <summary>The <c>--agency</c> and <c>--year</c> filters of the registry questions.</summary>
internal sealed class ScopeOptions
{
    public Option<string?> Agency { get; } = new("--agency")
    {
        Description = "只看这个机构及其下级（编号 #N、行政区划代码、全称或别名），默认全国（a subtree; default: everything）",
        HelpName = "AGENCY",
    };

    public Option<string?> Year { get; } = new("--year")
    {
        Description = "年度，或年度范围如 2021-2024（a year or a range）",
        HelpName = "YEAR",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Agency);
        command.Options.Add(Year);
    }

    /// <summary>
    /// A registry command over a scope: <c>--db</c>, <c>--agency</c>, <c>--year</c> and <paramref name="options"/>;
    /// its action gets the opened registry and the resolved scope.
    /// </summary>
    public static Command Create(CliContext context, string name, string description, Func<Database, Scope, ParseResult, CancellationToken, Task<int>> run, params Option[] options)
    {
        var db = DbOption.Create();
        var scope = new ScopeOptions();
        var command = new Command(name, description) { db };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        scope.AddTo(command);
        command.SetAction(async (r, ct) =>
            await DbOption.OpenAsync(context, r.GetValue(db), ct) is { } database
                ? await run(database, await scope.ResolveAsync(database, r, ct), r, ct)
                : ExitCodes.Unreadable);
        return command;
    }

    public async Task<Scope> ResolveAsync(Database database, ParseResult r, CancellationToken ct)
    {
        var root = await AgencyQueries.ResolveAsync(database, r.GetValue(Agency) ?? "#1", ct);
        var (from, to) = Years(r.GetValue(Year));
        return new Scope(root, from, to);
    }

    private static (int? From, int? To) Years(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && parts.All(p => p.Length == 0 || int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            int? Parse(string p) => p.Length == 0 ? null : int.Parse(p, CultureInfo.InvariantCulture);
            return parts.Length == 1 ? (Parse(parts[0]), Parse(parts[0])) : (Parse(parts[0]), Parse(parts[1]));
        }

        throw new RegistryException($"年度“{text}”无法识别：用 2024 或 2021-2024（bad --year）");
    }
}
