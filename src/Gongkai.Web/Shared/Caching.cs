namespace Gongkai.Web.Shared;

/// <summary>Names of the output-cache and rate-limit policies.</summary>
public static class Caching
{
    /// <summary>Public portal pages: cached per URL and language, evicted by <see cref="RegistryTag"/> when the registry changes.</summary>
    public const string Portal = "portal";

    public const string RegistryTag = "registry";

    /// <summary>Every query key a cached portal page reads (tree, dashboard, search, compare).</summary>
    public static string[] PortalQueryKeys { get; } = ["parent", "agency", "year", "q", "ids", "diff"];

    /// <summary>The public 主动公开 目录 (<c>/open</c>, <c>/api/catalogue</c>): cached per URL and language, evicted by <see cref="CatalogueTag"/> when an item enters or leaves it.</summary>
    public const string Catalogue = "catalogue";

    public const string CatalogueTag = "catalogue";

    /// <summary>Every query key the catalogue reads.</summary>
    public static string[] CatalogueQueryKeys { get; } = ["q", "agency", "category", "year", "page"];

    /// <summary>The stateless check API, per client address.</summary>
    public const string CheckApiLimit = "check-api";

    /// <summary>Rate-limit policy of the applicant portal's forms (apply, track): per address, <c>Gongkai:PublicFormsPerMinute</c> a minute.</summary>
    public const string PublicFormLimit = "public-forms";
}
