namespace Gongkai.Reports;

/// <summary>How a cell's number is to be read.</summary>
public enum CellUnit
{
    /// <summary>A count of items or applications (件): an integer.</summary>
    Count,

    /// <summary>An amount in 万元 (2021 template, 行政事业性收费).</summary>
    WanYuan,

    /// <summary>An amount with no printed unit (2019 template, 采购总金额): the number as printed.</summary>
    AsPrinted,
}

/// <summary>One statutory cell of a template, as listed in shared/spec/cells.tsv.</summary>
/// <param name="Key">Stable key, e.g. <c>s3.received.total</c>.</param>
/// <param name="Formats">The templates that print this cell.</param>
/// <param name="Section">The report section and sub-table, as the catalog prints it.</param>
/// <param name="Row">The row label path, segments separated by '/'.</param>
/// <param name="Column">The column label path, segments separated by '/'.</param>
/// <param name="Unit">How the value is read.</param>
public sealed record CellDefinition(
    string Key,
    IReadOnlyList<ReportFormat> Formats,
    string Section,
    string Row,
    string Column,
    CellUnit Unit)
{
    public bool In(ReportFormat format) => Formats.Contains(format);

    /// <summary>The last segment of the row label path, e.g. 1.属于国家秘密.</summary>
    public string RowLabel => Row[(Row.LastIndexOf('/') + 1)..];

    /// <summary>The last segment of the column label path, e.g. 商业企业.</summary>
    public string ColumnLabel => Column[(Column.LastIndexOf('/') + 1)..];

    /// <summary>The table this cell belongs to: 2, 3 or 4.</summary>
    public int Table => Key[1] - '0';
}
