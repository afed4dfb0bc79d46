using Gongkai.Agencies;

namespace Gongkai.Samples;

/// <summary>The agencies of the country, walked province by province: each government, then its typical departments, then the divisions below.</summary>
internal static class CorpusAgencies
{
    private static readonly string?[] ProvinceDepartments =
        [null, "人民政府办公厅", "教育厅", "公安厅", "民政厅", "财政厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "卫生健康委员会", "市场监督管理局"];

    private static readonly string?[] MunicipalityDepartments =
        [null, "人民政府办公厅", "教育委员会", "公安局", "民政局", "财政局", "规划和自然资源局", "生态环境局", "住房和城乡建设委员会", "交通运输委员会", "卫生健康委员会", "市场监督管理局"];

    private static readonly string?[] CityDepartments =
        [null, "人民政府办公室", "教育局", "公安局", "民政局", "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "卫生健康委员会", "市场监督管理局", "应急管理局"];

    private static readonly string?[] CountyDepartments =
        [null, "人民政府办公室", "教育局", "公安局", "民政局", "财政局", "人力资源和社会保障局", "自然资源和规划局", "住房和城乡建设局", "农业农村局", "卫生健康局", "市场监督管理局"];

    private static readonly string?[] TownshipDepartments = [null];

    public static IEnumerable<CorpusAgency> All(Gazetteer g)
    {
        foreach (var province in g.Provinces)
        {
            foreach (var a in Below(g, province))
            {
                yield return a;
            }
        }
    }

    private static IEnumerable<CorpusAgency> Below(Gazetteer g, Division d)
    {
        if (!Ordinary(d))
        {
            yield break;
        }

        var departments = d.Level switch
        {
            DivisionLevel.Province when Gazetteer.IsMunicipality(d) => MunicipalityDepartments,
            DivisionLevel.Province => ProvinceDepartments,
            DivisionLevel.City => CityDepartments,
            DivisionLevel.County => CountyDepartments,
            _ => TownshipDepartments,
        };
        for (var i = 0; i < departments.Length; i++)
        {
            yield return new CorpusAgency(d, departments[i], i);
        }

        foreach (var child in g.Children(d))
        {
            foreach (var a in Below(g, child))
            {
                yield return a;
            }
        }
    }

    /// <summary>Divisions with an ordinary name and government (not 农场, 林场, 开发区 as townships, nor 西沙群岛 …).</summary>
    private static bool Ordinary(Division d)
    {
        if (!d.Name.All(c => c >= '\u4E00' && c <= '\u9FFF'))
        {
            return false;
        }

        return d.Level switch
        {
            DivisionLevel.Township => d.Name.EndsWith('镇') || d.Name.EndsWith('乡') || d.Name.EndsWith("街道", StringComparison.Ordinal) || d.Name.EndsWith("苏木", StringComparison.Ordinal),
            DivisionLevel.County => (d.Name.EndsWith('县') || d.Name.EndsWith('区') || d.Name.EndsWith('市') || d.Name.EndsWith('旗')) && !d.Name.EndsWith("开发区", StringComparison.Ordinal),
            _ => true,
        };
    }
}
