using System.CommandLine;
using System.Globalization;
using Gongkai.Data.Queries;

namespace Gongkai.Cli;

/// <summary><c>gongkai agency tree|show|move</c>: the agencies tree and the manual correction of a placement.</summary>
internal static class AgencyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("agency", "机构树：查看、查找、人工调整归属（the agencies tree: list, show, move）");
        command.Subcommands.Add(Tree(context));
        command.Subcommands.Add(Move(context));
        return command;
    }

    private static Command Tree(CliContext context)
    {
        var db = DbOption.Create();
        var root = new Argument<string?>("AGENCY") { Description = "从哪个机构开始，默认全国（where to start; default: the root）", Arity = ArgumentArity.ZeroOrOne };
        var depth = new Option<int>("--depth") { Description = "显示几层，默认 3（levels to show）", DefaultValueFactory = _ => 3 };
        var command = new Command("tree", "显示机构树，含每个机构的报告数与归属置信度（show the tree with report counts and placement confidence）") { root, db, depth };
        command.SetAction(async (r, ct) =>
        {
            if (await DbOption.OpenAsync(context, r.GetValue(db), ct) is not { } database)
            {
                return ExitCodes.Unreadable;
            }

            var start = await AgencyQueries.ResolveAsync(database, r.GetValue(root) ?? "#1", ct);
            var nodes = await AgencyQueries.SubtreeAsync(database, start, r.GetValue(depth), ct);
            foreach (var a in nodes)
            {
                var indent = new string(' ', 2 * (a.Depth - start.Depth));
                var confidence = a.PlacedBy == "manual" ? "人工" : a.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
                context.Stdout.WriteLine($"{indent}{a.Name}  #{a.Id} {a.KindZh}{(a.Code is null ? "" : " " + a.Code)}{(a.FullName == a.Name ? "" : "  " + a.FullName)}  [{confidence}]");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Move(CliContext context)
    {
        var db = DbOption.Create();
        var agency = new Argument<string>("AGENCY") { Description = "要调整的机构（编号 #N、代码、全称或别名）（the agency to move）" };
        var to = new Option<string>("--to") { Description = "新的上级机构（the new parent）", Required = true, HelpName = "PARENT" };
        var command = new Command("move", "人工调整机构归属；以后导入的同名报告也归到这里（correct a placement; later imports follow it）") { agency, db, to };
        command.SetAction(async (r, ct) =>
        {
            if (await DbOption.OpenAsync(context, r.GetValue(db), ct) is not { } database)
            {
                return ExitCodes.Unreadable;
            }

            var moving = await AgencyQueries.ResolveAsync(database, r.GetValue(agency)!, ct);
            var parent = await AgencyQueries.ResolveAsync(database, r.GetValue(to)!, ct);
            await AgencyQueries.MoveAsync(database, moving, parent, ct);
            context.Stdout.WriteLine($"已将“{moving.FullName}”(#{moving.Id}) 调整到“{parent.FullName}”(#{parent.Id}) 之下");
            return ExitCodes.Ok;
        });
        return command;
    }
}
