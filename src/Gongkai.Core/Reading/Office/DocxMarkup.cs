using System.Globalization;
using DocumentFormat.OpenXml;

namespace Gongkai.Reading;

/// <summary>
/// Questions the DOCX walk asks of WordprocessingML elements (ECMA-376 Part 1 §17), answered from element and
/// attribute names so that transitional and strict markup, typed and unknown elements read alike.
/// </summary>
internal static class DocxMarkup
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string AStrict = "http://purl.oclc.org/ooxml/drawingml/main";
    private const string V = "urn:schemas-microsoft-com:vml";

    /// <summary>
    /// The local name of a WordprocessingML element; "AlternateContent", "blip" (DrawingML picture) and "imagedata"
    /// (VML picture) for those; empty for anything else.
    /// </summary>
    public static string Name(OpenXmlElement e) => e.NamespaceUri switch
    {
        W or WStrict => e.LocalName,
        Mc when e.LocalName == "AlternateContent" => "AlternateContent",
        A or AStrict when e.LocalName == "blip" => "blip",
        V when e.LocalName == "imagedata" => "imagedata",
        _ => "",
    };

    /// <summary>The content of <c>mc:AlternateContent</c> to read: its first choice, else its fallback (ECMA-376 Part 3 §10.2).</summary>
    public static OpenXmlElement Choice(OpenXmlElement alternate) =>
        alternate.ChildElements.FirstOrDefault(c => c.LocalName == "Choice")
        ?? alternate.ChildElements.FirstOrDefault(c => c.LocalName == "Fallback")
        ?? alternate;

    /// <summary>A run whose properties say <c>w:vanish</c> (§17.3.2.41): hidden text, not printed.</summary>
    public static bool IsHidden(OpenXmlElement run) => On(Child(Child(run, "rPr"), "vanish"));

    /// <summary>The rows of a table, also those wrapped in content controls or custom XML.</summary>
    public static IEnumerable<OpenXmlElement> Rows(OpenXmlElement table) => Unwrap(table, "tr", 0);

    /// <summary>The cells of a row, also those wrapped in content controls or custom XML.</summary>
    public static IEnumerable<OpenXmlElement> Cells(OpenXmlElement row) => Unwrap(row, "tc", 0);

    /// <summary>A row deleted as a tracked change (§17.13.5.12 <c>w:trPr/w:del</c>).</summary>
    public static bool IsDeletedRow(OpenXmlElement row) => Child(Child(row, "trPr"), "del") is not null;

    /// <summary>Grid columns skipped before the first cell (§17.4.15 <c>w:gridBefore</c>).</summary>
    public static int GridBefore(OpenXmlElement row) => Int(Child(Child(row, "trPr"), "gridBefore")) ?? 0;

    /// <summary>Grid columns the cell spans (§17.4.17 <c>w:gridSpan</c>).</summary>
    public static int GridSpan(OpenXmlElement cell) => Int(Child(Child(cell, "tcPr"), "gridSpan")) ?? 1;

    /// <summary>
    /// A cell that continues a merge from above (§17.4.84 <c>w:vMerge</c> without <c>restart</c>) or from the left
    /// (§17.4.22 <c>w:hMerge</c>): Word prints nothing in it.
    /// </summary>
    public static bool ContinuesMerge(OpenXmlElement cell)
    {
        var properties = Child(cell, "tcPr");
        return Continues(Child(properties, "vMerge")) || Continues(Child(properties, "hMerge"));

        static bool Continues(OpenXmlElement? merge) => merge is not null && Val(merge) != "restart";
    }

    /// <summary>A cell that holds a table, or several paragraphs of long text: page layout, not a report table cell.</summary>
    public static bool IsContainer(OpenXmlElement cell)
    {
        if (cell.Descendants().Any(e => Name(e) == "tbl"))
        {
            return true;
        }

        var paragraphs = cell.Descendants().Where(e => Name(e) == "p").Select(p => p.InnerText.Length).Where(n => n > 0).ToList();
        return paragraphs.Count >= 2 && paragraphs.Sum() > 120;
    }

    /// <summary>The <c>r:id</c> of an element (the relationship naming an imported chunk), or null.</summary>
    public static string? RelationshipId(OpenXmlElement e) =>
        e.GetAttributes().Where(a => a.LocalName == "id" && a.NamespaceUri.EndsWith("relationships", StringComparison.Ordinal))
            .Select(a => a.Value).FirstOrDefault();

    private static IEnumerable<OpenXmlElement> Unwrap(OpenXmlElement parent, string name, int depth)
    {
        foreach (var child in parent.ChildElements)
        {
            var n = Name(child);
            if (n == name)
            {
                yield return child;
            }
            else if (n is "sdt" or "sdtContent" or "customXml" && depth < 8)
            {
                foreach (var inner in Unwrap(child, name, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static OpenXmlElement? Child(OpenXmlElement? parent, string name) =>
        parent?.ChildElements.FirstOrDefault(c => Name(c) == name);

    private static string? Val(OpenXmlElement e) =>
        e.GetAttributes().Where(a => a.LocalName == "val").Select(a => a.Value).FirstOrDefault();

    private static int? Int(OpenXmlElement? e) =>
        e is not null && int.TryParse(Val(e), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>An on/off property (§17.17.4 ST_OnOff): present and not "false", "0" or "off".</summary>
    private static bool On(OpenXmlElement? e) => e is not null && Val(e) is not ("false" or "0" or "off");
}
