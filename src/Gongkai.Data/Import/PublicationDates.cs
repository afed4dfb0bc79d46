using System.Globalization;
using Gongkai.Recognition;
using Gongkai.Reports;

namespace Gongkai.Data.Import;

/// <summary>The date a report was published, when the document prints it, as stored (yyyy-MM-dd).</summary>
internal static class PublicationDates
{
    public static string? Find(AnnualReport report) =>
        PublicationDate.Find(report)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
