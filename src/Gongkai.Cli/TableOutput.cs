using Spectre.Console;

namespace Gongkai.Cli;

/// <summary>Aligned tables on stdout (CJK widths handled by Spectre.Console), plain when redirected.</summary>
internal static class TableOutput
{
    public static void Write(CliContext context, string? title, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, ISet<int>? rightAligned = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Stdout),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 400;
        var table = new Table().Border(TableBorder.Simple);
        if (title is not null)
        {
            context.Stdout.WriteLine(title);
        }

        for (var i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(headers[i])).NoWrap();
            table.AddColumn(rightAligned?.Contains(i) == true ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(cell => new Text(cell))]);
        }

        console.Write(table);
    }
}
