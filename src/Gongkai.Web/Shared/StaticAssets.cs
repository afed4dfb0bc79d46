using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Shared;

/// <summary>
/// The site's static files, embedded in this assembly (Gongkai.Web.csproj) and served at <c>/lib/…</c>,
/// <c>/css/…</c> and <c>/js/…</c> with a content hash as ETag: htmx and ECharts installed from npm at build time,
/// and the site's own stylesheet and script. Nothing is fetched from a CDN, and the app serves the same bytes
/// however it is started (dotnet run, a test host, a published folder).
/// </summary>
public static class StaticAssets
{
    private const string Prefix = "Gongkai.Web.assets/";

    private static readonly FrozenDictionary<string, Asset> Files = Load();

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var dir in new[] { "lib", "css", "js" })
        {
            app.MapGet($"/{dir}/{{name}}", (HttpContext c, string name) => Serve(c, $"{dir}/{name}")).ExcludeFromDescription();
        }
    }

    /// <summary>The URL of an asset with its hash, so a new build is never served from a stale browser cache.</summary>
    public static string Url(string path) => Files.TryGetValue(path, out var a) ? $"/{path}?v={a.ETag.Trim('"')}" : "/" + path;

    private static IResult Serve(HttpContext context, string path)
    {
        if (!Files.TryGetValue(path, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") || path.StartsWith("lib/", StringComparison.Ordinal)
            ? "public, max-age=604800, immutable"
            : "no-cache";
        return Results.Bytes(file.Bytes, file.ContentType, entityTag: new EntityTagHeaderValue(file.ETag));
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, Asset>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var type = Path.GetExtension(resource) == ".css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            files[resource[Prefix.Length..]] = new Asset(bytes, type, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
        }

        return files.ToFrozenDictionary();
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
