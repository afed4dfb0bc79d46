using Gongkai.Agencies;

namespace Gongkai.Core.Tests.Agencies;

/// <summary>Agency names: normalization, parsing into units and a department, canonical names and aliases.</summary>
public sealed class AgencyNamesTests
{
    [Theory]
    [InlineData("巨鹿县官亭镇政府", "巨鹿县官亭镇人民政府")]
    [InlineData("巨鹿县官亭镇政府2022年信息公开年度报告", "巨鹿县官亭镇人民政府")]
    [InlineData("东明镇人民政府 2024 年政府信息公开工作年度报告", "东明镇人民政府")]
    [InlineData("关于巨鹿县教育局2023年度政府信息公开工作年度报告", "巨鹿县教育局")]
    [InlineData("巨鹿县政府办", "巨鹿县人民政府办公室")]
    [InlineData("巨鹿县政府办公室", "巨鹿县人民政府办公室")]
    [InlineData("渝北区双龙湖街道办", "渝北区双龙湖街道办事处")]
    [InlineData("ＸＸ县　人民政府", "XX县人民政府")]
    [InlineData("巨鹿县人民政府政务公开办公室", "巨鹿县人民政府政务公开办公室")]
    public void NormalizeWritesTheNameOut(string printed, string normalized) => Assert.Equal(normalized, AgencyNames.Normalize(printed));

    [Fact]
    public void ATownshipGovernmentIsTwoUnitsAndNoDepartment()
    {
        var name = AgencyNames.Parse("巨鹿县官亭镇政府");
        Assert.Equal(["巨鹿县", "官亭镇"], name.Regions.Select(p => p.Text));
        Assert.Equal([DivisionLevel.County, DivisionLevel.Township], name.Regions.Select(p => p.Level));
        Assert.Null(name.Department);
        Assert.True(name.IsGovernment);
        Assert.Equal("130529103", Assert.Single(name.Units).Code);
    }

    [Fact]
    public void AFullPathIsReadUnitByUnit()
    {
        var name = AgencyNames.Parse("河北省邢台市巨鹿县教育局");
        Assert.Equal(["河北省", "邢台市", "巨鹿县"], name.Regions.Select(p => p.Text));
        Assert.Equal("教育局", name.Department);
        Assert.False(name.IsGovernment);
    }

    [Theory]
    [InlineData("巨鹿县市场监督管理局", "巨鹿县", "市场监督管理局")]
    [InlineData("巨鹿县人民政府办公室", "巨鹿县", "人民政府办公室")]
    [InlineData("邢台市自然资源和规划局", "邢台市", "自然资源和规划局")]
    [InlineData("巨鹿县住房和城乡建设局", "巨鹿县", "住房和城乡建设局")]
    [InlineData("河北省教育厅", "河北省", "教育厅")]
    public void ADepartmentFollowsItsGovernmentsUnit(string printed, string unit, string department)
    {
        var name = AgencyNames.Parse(printed);
        Assert.Equal(unit, name.Unit!.Text);
        Assert.Equal(department, name.Department);
    }

    [Fact]
    public void AShortProvinceNameIsReadWhenAUnitBelowFollows()
    {
        var name = AgencyNames.Parse("河北巨鹿县人民政府");
        Assert.Equal(["河北", "巨鹿县"], name.Regions.Select(p => p.Text));
        Assert.Null(name.Department);
    }

    [Fact]
    public void AUnitTheGazetteerDoesNotKnowIsReadBySuffix()
    {
        var unknown = AgencyNames.Parse("巨鹿县望星镇人民政府");
        Assert.Equal(["巨鹿县", "望星镇"], unknown.Regions.Select(p => p.Text));
        Assert.Equal(DivisionLevel.Township, unknown.Regions[1].Level);
        Assert.Empty(unknown.Regions[1].Candidates);
        Assert.Empty(unknown.Units);

        // 青山镇 exists, but not in 巨鹿县: its candidates are elsewhere, and the name as a whole fits none.
        var elsewhere = AgencyNames.Parse("巨鹿县青山镇人民政府");
        Assert.NotEmpty(elsewhere.Regions[1].Candidates);
        Assert.Empty(elsewhere.Units);
    }

    [Fact]
    public void AStreetOfficeIsAGovernment()
    {
        var name = AgencyNames.Parse("重庆市渝北区双龙湖街道办事处");
        Assert.Equal(["重庆市", "渝北区", "双龙湖街道"], name.Regions.Select(p => p.Text));
        Assert.Null(name.Department);
        Assert.Single(name.Units);
    }

    [Theory]
    [InlineData("130529100", null, "巨鹿县巨鹿镇人民政府")]
    [InlineData("130529", null, "巨鹿县人民政府")]
    [InlineData("130529", "教育局", "巨鹿县教育局")]
    [InlineData("1305", null, "邢台市人民政府")]
    [InlineData("13", "教育厅", "河北省教育厅")]
    [InlineData("500112143", null, "重庆市渝北区大盛镇人民政府")]
    [InlineData("500112", "市场监督管理局", "重庆市渝北区市场监督管理局")]
    [InlineData("50", null, "重庆市人民政府")]
    public void CanonicalNamesAreTheSignatureForm(string code, string? department, string canonical) =>
        Assert.Equal(canonical, AgencyNames.Canonical(Gazetteer.Default.ByCode(code)!, department));

    [Fact]
    public void ARepeatedCountyNameIsQualifiedByItsCity()
    {
        var gulou = Gazetteer.Default.Named("鼓楼区");
        Assert.True(gulou.Length > 1);
        var canonical = gulou.Select(d => AgencyNames.Canonical(d)).ToList();
        Assert.Equal(canonical.Count, canonical.Distinct().Count());
        Assert.Contains("福州市鼓楼区人民政府", canonical);
    }

    [Fact]
    public void StreetsAndPrefecturesHaveTheirOwnGovernmentWord()
    {
        var street = Gazetteer.Default.ByCode("110101001")!;
        Assert.Equal("北京市东城区东华门街道办事处", AgencyNames.Canonical(street));
        var prefecture = Gazetteer.Default.Named("阿克苏地区")[0];
        Assert.Equal("阿克苏地区行政公署", AgencyNames.Canonical(prefecture));
    }

    [Fact]
    public void AliasesGoFromTheUnitToTheFullPath()
    {
        var julu = Gazetteer.Default.ByCode("130529100")!;
        Assert.Equal(["巨鹿镇", "巨鹿镇人民政府", "巨鹿县巨鹿镇人民政府", "河北省邢台市巨鹿县巨鹿镇人民政府"], AgencyNames.Aliases(julu).ToArray());
    }

    [Fact]
    public void EveryCanonicalNameIsUniqueAndParsesBackToItsDivision()
    {
        var g = Gazetteer.Default;
        var seen = new Dictionary<string, Division>(StringComparer.Ordinal);
        var failures = new List<string>();
        // Every county and above, and one township in ten, of the ordinary kinds (not 农场, 林场, 西沙群岛 …, whose
        // names carry no unit suffix, nor 额敏（兵地、辽阳）工业园区, whose brackets NFKC rewrites).
        foreach (var d in g.All.Where(d => (d.Level != DivisionLevel.Township || d.Code.EndsWith('7')) && OrdinaryUnit(d.Name)))
        {
            var canonical = AgencyNames.Canonical(d);
            if (!seen.TryAdd(canonical, d))
            {
                failures.Add($"{canonical}: {d} and {seen[canonical]}");
            }

            var parsed = AgencyNames.Parse(canonical);
            if (parsed.Units.Length != 1 || parsed.Units[0].Code != d.Code || parsed.Department is not null)
            {
                failures.Add($"{canonical} → {string.Join("/", parsed.Units)} {parsed.Department}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures: {string.Join("; ", failures.Take(20))}");
    }

    private static bool OrdinaryUnit(string name) =>
        name.Length >= 2 && name.All(c => c >= '\u4E00' && c <= '\u9FFF') && ("省市县区旗州盟镇乡".Contains(name[^1]) || name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith("苏木", StringComparison.Ordinal) || name.EndsWith("地区", StringComparison.Ordinal));
}
