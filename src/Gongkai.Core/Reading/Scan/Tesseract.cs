using System.Globalization;
using System.Text;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>What tesseract read in one image: the text (lines joined), the lowest word confidence (0–100, -1 when nothing was read), the lines and the words.</summary>
internal sealed record OcrText(string Text, int Confidence, IReadOnlyList<OcrLine> Lines, IReadOnlyList<OcrWord> Words);

/// <summary>One word with its box and confidence.</summary>
internal sealed record OcrWord(string Text, PixelBox Box, int Confidence);

/// <summary>One line of text with its box (in the image's pixels) and the paragraph tesseract put it in.</summary>
internal sealed record OcrLine(string Text, PixelBox Box, int Confidence, int Paragraph);

/// <summary>
/// Runs the tesseract CLI (Debian <c>tesseract-ocr</c>, <c>tesseract-ocr-chi-sim</c>) on many images at once: they are
/// listed in a text file, which tesseract reads as the pages of one document, so the model loads once per batch. TSV
/// output gives word boxes and confidences. <c>OMP_THREAD_LIMIT=1</c> is set for the process: OpenMP threads
/// contending on small machines made it 3–5 times slower.
/// </summary>
internal static class Tesseract
{
    public const string Packages = "tesseract-ocr tesseract-ocr-chi-sim";

    private static readonly Dictionary<string, string> Environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <summary>
    /// The digits engine: English model, one line, only what a count or amount prints (and the space between cells:
    /// number cells are read a table row at a time, cut out and set apart on one strip).
    /// </summary>
    public static readonly string[] Digits = ["--dpi", "300", "-l", "eng", "--psm", "7", "-c", "tessedit_char_whitelist=0123456789.-/ "];

    /// <summary>Chinese cell text: one block of lines.</summary>
    public static readonly string[] ChineseBlock = ["--dpi", "300", "-l", "chi_sim", "--psm", "6", "-c", "preserve_interword_spaces=1"];

    /// <summary>Chinese cell text at half size, the second reading of labels the first did not match.</summary>
    public static readonly string[] ChineseBlockHalf = ["--dpi", "150", "-l", "chi_sim", "--psm", "6", "-c", "preserve_interword_spaces=1"];

    /// <summary>Chinese page text (headings, paragraphs), read at half size (150 dpi): columns of lines.</summary>
    public static readonly string[] ChinesePage = ["--dpi", "150", "-l", "chi_sim", "--psm", "4", "-c", "preserve_interword_spaces=1"];

    /// <summary>Reads every image (binary PGM bytes) with the given engine settings; results in the same order.</summary>
    /// <returns>One result per image, or the problem that stopped tesseract (missing tool, failure, time limit).</returns>
    public static (List<OcrText> Results, Diagnostic? Problem) Read(IReadOnlyList<byte[]> images, string[] settings, SourceLocation where, TimeSpan timeout)
    {
        var results = new List<OcrText>(images.Count);
        if (images.Count == 0)
        {
            return (results, null);
        }

        var dir = Directory.CreateTempSubdirectory("gongkai-ocr-");
        try
        {
            var list = new StringBuilder();
            for (var i = 0; i < images.Count; i++)
            {
                var path = Path.Combine(dir.FullName, i.ToString("D5", CultureInfo.InvariantCulture) + ".pgm");
                File.WriteAllBytes(path, images[i]);
                list.Append(path).Append('\n');
            }

            var listPath = Path.Combine(dir.FullName, "images.txt");
            File.WriteAllText(listPath, list.ToString());
            string[] args = [listPath, "stdout", .. settings, "-c", "tessedit_do_invert=0", "tsv"];
            var run = ExternalTool.Run("tesseract", args, where, timeout, Packages, Environment);
            if (run.Problem is { Code: "GK0111" } && run.StdErr.Contains("Failed loading language", StringComparison.Ordinal))
            {
                // tesseract is there but a model is not: tesseract-ocr-chi-sim (or -eng) is missing.
                return (results, DiagnosticCodes.ToolMissing.Create(where, "tesseract " + Language(settings), "apt-get install " + Packages));
            }

            if (run.Problem is not null)
            {
                return (results, run.Problem);
            }

            var pages = Parse(run.StdOut);
            for (var i = 0; i < images.Count; i++)
            {
                results.Add(pages.TryGetValue(i + 1, out var page) ? page : new OcrText("", -1, [], []));
            }

            return (results, null);
        }
        finally
        {
            try
            {
                dir.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temporary directory left behind is no reason to fail the read.
            }
        }
    }

    /// <summary>The language model the settings ask for (the value after <c>-l</c>).</summary>
    private static string Language(string[] settings) => settings.SkipWhile(a => a != "-l").Skip(1).FirstOrDefault() ?? "";

    /// <summary>Parses tesseract's TSV (level 5 rows are words) into per-page text, grouped by block and line.</summary>
    private static Dictionary<int, OcrText> Parse(string tsv)
    {
        var words = new List<(int Page, int Block, int Par, int Line, PixelBox Box, int Conf, string Text)>();
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.Split('\t');
            if (f.Length < 12 || f[0] != "5")
            {
                continue;
            }

            int N(int i) => int.TryParse(f[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
            var conf = double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? (int)Math.Round(c) : -1;
            var text = f[11].Trim('\r');
            if (text.Trim().Length > 0)
            {
                words.Add((N(1), N(2), N(3), N(4), new PixelBox(N(6), N(7), N(8), N(9)), conf, text.Trim()));
            }
        }

        var pages = new Dictionary<int, OcrText>();
        foreach (var page in words.GroupBy(w => w.Page))
        {
            var lines = page.GroupBy(w => (w.Block, w.Par, w.Line)).Select(g =>
            {
                int x0 = g.Min(w => w.Box.X), y0 = g.Min(w => w.Box.Y), x1 = g.Max(w => w.Box.Right), y1 = g.Max(w => w.Box.Bottom);
                return new OcrLine(JoinWords(g.Select(w => w.Text)), new PixelBox(x0, y0, x1 - x0, y1 - y0), g.Min(w => w.Conf), (g.Key.Block * 1000) + g.Key.Par);
            }).ToList();
            pages[page.Key] = new OcrText(string.Concat(lines.Select(l => l.Text)), lines.Min(l => l.Confidence), lines, [.. page.Select(w => new OcrWord(w.Text, w.Box, w.Conf))]);
        }

        return pages;
    }

    /// <summary>Words joined: no space between Chinese characters (tesseract separates them), one space between Latin words.</summary>
    public static string JoinWords(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0 && !IsWide(sb[^1]) && !IsWide(w[0]) && char.IsLetter(sb[^1]) && char.IsLetter(w[0]))
            {
                sb.Append(' ');
            }

            sb.Append(w);
        }

        return sb.ToString();
    }

    private static bool IsWide(char c) => c >= '\u2E80';
}
