using Gongkai.Reports;

namespace Gongkai.Similarity;

/// <summary>A report's narrative as compared for 内容雷同: an id the caller chooses, the text, and who wrote it.</summary>
/// <remarks>
/// <see cref="Agency"/> is optional; when given, the agency's own name and place names in the text are neutralized,
/// so that a narrative copied from another agency with the name swapped still reads as a copy.
/// </remarks>
public sealed record NarrativeDoc(long Id, string Text, string? Agency = null)
{
    /// <summary>The narrative of a report under the given id (see <see cref="TextOf"/>).</summary>
    public static NarrativeDoc Of(long id, AnnualReport report) => new(id, TextOf(report), report.Agency);

    /// <summary>
    /// The six sections' text in section order, one per line block, without the tables (the recognizer keeps
    /// only the sentences outside the tables of sections 二 to 四). Passage positions index this string.
    /// </summary>
    public static string TextOf(AnnualReport report) =>
        string.Join("\n", SectionKinds.All.Select(report.Section).OfType<string>());
}
