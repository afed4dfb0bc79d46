using Gongkai.Reports;
using Gongkai.Samples;

namespace Gongkai.Data.Tests;

public sealed class CellVectorTests
{
    [Fact]
    public void Every_value_comes_back_exactly_blanks_negatives_decimals_and_large_counts_included()
    {
        var rng = new Random(3);
        decimal?[] special = [null, 0, 1, -1, 63, 64, -65, 127, 128, 16383, 16384, -3, 12.5m, 0.01m, 1234567.89m, 4611686018427387903m, -4611686018427387904m, 4611686018427387904m, 79228162514264337593543950335m];
        for (var i = 0; i < 300; i++)
        {
            var format = i % 2 == 0 ? ReportFormat.Revised2021 : ReportFormat.Trial2019;
            var report = ReportGenerator.Create(rng, format);
            var values = report.Cells.Keys.ToDictionary(k => k, k => rng.Next(3) == 0 ? special[rng.Next(special.Length)] : report[k]);
            report = report.WithValues(values);
            var decoded = CellVector.Decode(CellVector.Encode(report));
            foreach (var key in CellVector.Keys)
            {
                Assert.Equal(report[key], decoded[CellVector.Index[key]]);
            }
        }
    }

    [Fact]
    public void A_vector_of_another_layout_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => CellVector.Decode([9, 0, 0]));
        Assert.Throws<InvalidDataException>(() => CellVector.Decode([]));
    }
}
