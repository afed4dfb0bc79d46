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
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(History(context));
        command.Subcommands.Add(Move(context));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var db = DbOption.Create();
        var agency = new Argument<string>("AGENCY") { Description = "机构（编号 #N、行政区划代码、全称或别名）（the agency）" };
        var command = new Command("show", "机构详情：归属、置信度与依据、别名、各年度报告（an agency: placement, evidence, aliases, reports）") { agency, db };
        command.SetAction(async (r, ct) =>
        {
            if (await DbOption.OpenAsync(context, r.GetValue(db), ct) is not { } database)
            {
                return ExitCodes.Unreadable;
            }

            var a = await AgencyQueries.ResolveAsync(database, r.GetValue(agency)!, ct);
            var detail = await AgencyQueries.DetailAsync(database, a, ct);
            var o = context.Stdout;
            o.WriteLine($"{a.FullName}（#{a.Id}，{a.KindZh}{(a.Code is null ? "" : "，区划代码 " + a.Code)}）");
            o.WriteLine($"归属：{string.Join(" › ", detail.Path.Select(p => p.Name))}");
            o.WriteLine($"置信度：{(a.PlacedBy == "manual" ? "人工调整" : a.Confidence.ToString("0.00", CultureInfo.InvariantCulture))}");
            if (!string.IsNullOrEmpty(a.Evidence))
            {
                o.WriteLine($"依据：{a.Evidence}");
            }

            o.WriteLine($"别名：{string.Join("、", detail.Aliases)}");
            foreach (var (year, versions, current) in detail.Reports)
            {
                o.WriteLine($"  {year?.ToString(CultureInfo.InvariantCulture) ?? "年度不明"} 年度报告：{versions} 个版本，现行版本编号 #{current}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command History(CliContext context)
    {
        var db = DbOption.Create();
        var agency = new Argument<string>("AGENCY") { Description = "机构（the agency）" };
        var year = new Option<int>("--year") { Description = "年度（the year）", Required = true };
        var command = new Command("history", "一份年报的全部版本及每次改动（every version of a report and what changed）") { agency, db, year };
        command.SetAction(async (r, ct) =>
        {
            if (await DbOption.OpenAsync(context, r.GetValue(db), ct) is not { } database)
            {
                return ExitCodes.Unreadable;
            }

            var a = await AgencyQueries.ResolveAsync(database, r.GetValue(agency)!, ct);
            var versions = await Versions.OfAsync(database, a, r.GetValue(year), ct);
            context.Stdout.WriteLine($"{a.FullName} {r.GetValue(year)} 年度报告：{versions.Count} 个版本");
            foreach (var v in versions)
            {
                context.Stdout.WriteLine($"版本 {v.Version}{(v.IsCurrent ? "（现行）" : "")}：导入于 {v.ImportedAt}，发布日期 {v.PublishedOn ?? "未载明"}，来源 {v.Source}，报告 #{v.Id}");
                foreach (var line in v.Changes)
                {
                    context.Stdout.WriteLine($"  {line}");
                }
            }

            return ExitCodes.Ok;
        });
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
