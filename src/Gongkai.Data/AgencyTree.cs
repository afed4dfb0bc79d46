using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Gongkai.Data;

/// <summary>
/// Finds or creates the nodes of the agencies tree inside a writer's transaction: regions by their GB/T 2260 code,
/// departments and unplaced agencies by (parent, name). Remembers what it has seen; <see cref="Forget"/> after a
/// rollback, since the ids it handed out no longer exist.
/// </summary>
internal sealed class AgencyTree(DbConnection connection, TimeProvider clock)
{
    public const long RootId = 1;
    public const long UnplacedId = 2;

    private readonly Dictionary<string, (long Id, string Path)> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Parent, string Kind, string Name), (long Id, string Path)> byName = [];
    private readonly Dictionary<string, long> overrides = new(StringComparer.Ordinal);
    private readonly HashSet<(string Alias, long Agency)> aliasesStored = [];
    private readonly HashSet<(long Agency, double Confidence)> weakened = [];
    private bool overridesLoaded;

    public void Forget()
    {
        byCode.Clear();
        byName.Clear();
        overrides.Clear();
        aliasesStored.Clear();
        weakened.Clear();
        overridesLoaded = false;
    }

    /// <summary>The agency a report belongs to: a manual correction for its printed name first, then the inferred place.</summary>
    public async Task<long> PlaceAsync(string? issuer, AgencyPlace place, DbTransaction tx)
    {
        if (issuer is not null && await OverrideAsync(issuer, tx) is { } corrected)
        {
            return corrected;
        }

        var parent = (Id: RootId, Path: "/1/");
        foreach (var region in place.Regions)
        {
            parent = await RegionAsync(region, parent, tx);
        }

        long agency;
        if (place.Regions.Length == 0)
        {
            agency = (await NodeAsync((UnplacedId, "/1/2/"), "other", place.FullName, place.FullName, null, place, tx)).Id;
        }
        else if (!place.Complete)
        {
            agency = (await NodeAsync(parent, "other", place.FullName, place.FullName, null, place, tx)).Id;
        }
        else if (place.Department is { } department)
        {
            agency = (await NodeAsync(parent, "department", department, place.FullName, null, place, tx)).Id;
        }
        else
        {
            // The report is the region's own government's: the region is a gazetteer fact, but that this issuer is
            // its government is only as sure as the placement, and the tree says so.
            agency = parent.Id;
            if (place.Confidence < 1 && weakened.Add((agency, place.Confidence)))
            {
                await connection.ExecuteAsync(
                    "UPDATE agencies SET confidence = @Confidence, evidence = @Evidence WHERE id = @agency AND placed_by = 'import' AND confidence > @Confidence",
                    new { place.Confidence, place.Evidence, agency }, tx);
            }
        }

        var aliases = place.Aliases.Append(place.FullName).Append(issuer).OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Where(alias => aliasesStored.Add((alias, agency)))
            .ToList();
        if (aliases.Count > 0)
        {
            await Rows.InsertAsync(connection, tx, "agency_aliases (alias, agency_id)", aliases.Select(alias => new object?[] { alias, agency }), "ON CONFLICT DO NOTHING");
        }

        return agency;
    }

    private async Task<long?> OverrideAsync(string issuer, DbTransaction tx)
    {
        if (!overridesLoaded)
        {
            foreach (var (name, id) in await connection.QueryAsync<(string, long)>("SELECT issuer, agency_id FROM placement_overrides", transaction: tx))
            {
                overrides[name] = id;
            }

            overridesLoaded = true;
        }

        return overrides.TryGetValue(issuer, out var agency) ? agency : null;
    }

    private async Task<(long Id, string Path)> RegionAsync(RegionStep region, (long Id, string Path) parent, DbTransaction tx)
    {
        if (byCode.TryGetValue(region.Code, out var known))
        {
            return known;
        }

        var found = await connection.QuerySingleOrDefaultAsync<(long, string)?>(
            "SELECT id, path FROM agencies WHERE code = @Code", new { region.Code }, tx);
        if (found is { } f)
        {
            return byCode[region.Code] = f;
        }

        return byCode[region.Code] = await InsertAsync(parent, region.Kind, region.Code, region.Name, region.FullName, 1, "行政区划代码 GB/T 2260", tx);
    }

    private async Task<(long Id, string Path)> NodeAsync((long Id, string Path) parent, string kind, string name, string fullName, string? code, AgencyPlace place, DbTransaction tx)
    {
        var key = (parent.Id, kind, name);
        if (byName.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = await connection.QuerySingleOrDefaultAsync<(long, string)?>(
            "SELECT id, path FROM agencies WHERE parent_id = @Parent AND kind = @kind AND name = @name",
            new { Parent = parent.Id, kind, name }, tx);
        return byName[key] = found ?? await InsertAsync(parent, kind, code, name, fullName, place.Confidence, place.Evidence, tx);
    }

    private async Task<(long Id, string Path)> InsertAsync((long Id, string Path) parent, string kind, string? code, string name, string fullName, double confidence, string? evidence, DbTransaction tx)
    {
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO agencies (parent_id, path, kind, code, name, full_name, confidence, evidence, placed_by, created_at)
            VALUES (@Parent, '', @kind, @code, @name, @fullName, @confidence, @evidence, 'import', @At) RETURNING id
            """,
            new { Parent = parent.Id, kind, code, name, fullName, confidence, evidence, At = Clock.Stamp(clock) }, tx);
        var path = parent.Path + id.ToString(CultureInfo.InvariantCulture) + "/";
        await connection.ExecuteAsync("UPDATE agencies SET path = @path WHERE id = @id", new { path, id }, tx);
        return (id, path);
    }
}
