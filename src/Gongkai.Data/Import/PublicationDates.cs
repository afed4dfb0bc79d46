using Gongkai.Reports;

namespace Gongkai.Data.Import;

/// <summary>The date a report was published, when the document states it.</summary>
internal static class PublicationDates
{
    public static string? Find(AnnualReport report) => null;
}
