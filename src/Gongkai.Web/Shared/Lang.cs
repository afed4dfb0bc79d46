namespace Gongkai.Web.Shared;

/// <summary>
/// The interface language: Chinese unless the visitor chose English (cookie <c>gk-lang=en</c>, set by <c>/lang/en</c>).
/// Text is written in place as <c>T("中文", "English")</c>, so each label sits beside its translation.
/// </summary>
public static class Lang
{
    public const string Cookie = "gk-lang";

    public static bool IsEnglish(HttpContext context) => context.Request.Cookies[Cookie] == "en";

    public static string T(HttpContext context, string zh, string en) => IsEnglish(context) ? en : zh;

    /// <summary><c>GET /lang/{zh|en}?returnUrl=/…</c>: remembers the choice for a year and goes back (local URLs only).</summary>
    public static IResult Switch(HttpContext context, string lang, string? returnUrl)
    {
        context.Response.Cookies.Append(Cookie, lang == "en" ? "en" : "zh", new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
