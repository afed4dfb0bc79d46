using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Gongkai.Data;
using Gongkai.Web.Accounts;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Setup;

/// <summary>Services and the request pipeline of the web application.</summary>
public static class WebSetup
{
    /// <summary>Largest request body: a batch of uploads for the checker.</summary>
    public const long MaxRequestBytes = 100L * 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
        });
        ConfigureServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    public static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // --db on the command line, then GONGKAI_DB, then gongkai.db in the working directory.
        services.AddSingleton(_ => new Database(DatabaseTarget.Resolve(configuration["db"] ?? configuration["Gongkai:Db"])));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        services.AddIdentityCore<WebUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserStore<UserStore>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<UserClaims>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<UserStore>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokens.Scheme, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "gk-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = configuration.GetValue("Gongkai:CookiesHttpsOnly", false) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401/403 instead of redirecting to a page.
            o.Events.OnRedirectToLogin = c => Deny(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Deny(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Policies.Clerk, p => p.RequireRole(Roles.Clerk))
            .AddPolicy(Roles.Policies.Reviewer, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Roles.Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Policies.Casework, p => p.RequireRole(Roles.Clerk, Roles.Reviewer, Roles.Admin))
            .AddPolicy(Roles.Policies.ApiWrite, p => p.AddAuthenticationSchemes(ApiTokens.Scheme).RequireAuthenticatedUser())
            .AddPolicy(Roles.Policies.ApiCasework, p => p.AddAuthenticationSchemes(ApiTokens.Scheme).RequireRole(Roles.Clerk, Roles.Reviewer, Roles.Admin));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "gk-csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "RequestVerificationToken";
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Author", Roles.Policies.Clerk);
            o.Conventions.AuthorizeFolder("/Review", Roles.Policies.Reviewer);
            o.Conventions.AuthorizeFolder("/Admin", Roles.Policies.Admin);
            o.Conventions.AuthorizeFolder("/Cases", Roles.Policies.Casework);
            o.Conventions.AllowAnonymousToPage("/Cases/Deadline");
            o.Conventions.AuthorizeFolder("/Disclosures", Roles.Policies.Casework); // 主动公开: clerks act on their agency's items, reviewers read their subtree's
        }).AddMvcOptions(o => o.Filters.Add<UnknownHandlerFilter>());
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = MaxRequestBytes;
            o.ValueCountLimit = 4096;
        });
        services.AddOutputCache(o =>
        {
            // Each policy varies by the query keys its pages read (any other key would only fill the cache), by htmx
            // (a fragment and a whole page share URLs) and by language, and is evicted by its tag.
            void Public(string policy, string tag, string[] queryKeys) => o.AddPolicy(policy, b => b.Expire(TimeSpan.FromMinutes(10)).Tag(tag)
                .SetVaryByQuery(queryKeys).SetVaryByHeader("HX-Request")
                .VaryByValue(c => new KeyValuePair<string, string>("lang", Lang.IsEnglish(c) ? "en" : "zh")));
            Public(Caching.Portal, Caching.RegistryTag, Caching.PortalQueryKeys);
            Public(Caching.Catalogue, Caching.CatalogueTag, Caching.CatalogueQueryKeys);
        });
        services.AddRateLimiter(o =>
        {
            var perMinute = configuration.GetValue("Gongkai:CheckApiPerMinute", 120);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Caching.CheckApiLimit, c => RateLimitPartition.GetFixedWindowLimiter(
                c.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            var formsPerMinute = configuration.GetValue("Gongkai:PublicFormsPerMinute", 30);
            o.AddPolicy(Caching.PublicFormLimit, c => RateLimitPartition.GetFixedWindowLimiter(
                c.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = formsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (c, ct) =>
            {
                // Each policy says its own limit: the applicant portal's forms are not "检查".
                var policy = c.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                var detail = policy == Caching.PublicFormLimit
                    ? $"每个地址每分钟最多提交或查询 {formsPerMinute} 次，请一分钟后再试。"
                    : $"每个地址每分钟最多 {perMinute} 次检查，请一分钟后再试。";
                c.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                c.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: 429, title: "请求过于频繁（too many requests）", detail: detail).ExecuteAsync(c.HttpContext);
            };
        });
        services.AddHostedService<FirstRun>();
        Casework.Reminders.ReminderSetup.AddReminders(services, configuration); // after FirstRun, which migrates the database
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Api.Problems.Customize);
        services.AddOpenApi();
        services.AddHttpContextAccessor();
        services.AddScoped<Tr>(sp =>
        {
            var context = sp.GetRequiredService<IHttpContextAccessor>().HttpContext;
            return (zh, en) => context is not null && Lang.IsEnglish(context) ? en : zh;
        });
    }

    public static void ConfigurePipeline(WebApplication app)
    {
        // Behind a reverse proxy on this machine (nginx terminating HTTPS): trust its X-Forwarded-For/-Proto, so the
        // rate limiter sees the client's address and cookies are Secure. Only loopback proxies are trusted.
        if (app.Configuration.GetValue("Gongkai:BehindProxy", false))
        {
            app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        }

        // /api answers errors as ProblemDetails; every other path re-executes the Chinese error page.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError,
            });
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(SecurityHeaders);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(RequirePasswordChange);
        app.UseOutputCache();
        app.UseAntiforgery();

        StaticAssets.Map(app);
        app.MapGet("/lang/{lang}", Lang.Switch).ExcludeFromDescription();
        app.MapOpenApi();
        app.MapRazorPages();
        Pages.Portal.Downloads.Map(app);
        Api.ApiEndpoints.Map(app);
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Headers.ContainsKey("HX-Request"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>No framing, no MIME sniffing, scripts only from this site (htmx and ECharts are served from /lib).</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        return next();
    }

    /// <summary>An account whose password was issued once may do nothing but change it.</summary>
    private static Task RequirePasswordChange(HttpContext context, Func<Task> next)
    {
        if (context.User.HasClaim(c => c.Type == UserClaims.MustChangePasswordClaim)
            && context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme
            && !context.Request.Path.StartsWithSegments("/account")
            && !context.Request.Path.StartsWithSegments("/lib")
            && !context.Request.Path.StartsWithSegments("/css")
            && !context.Request.Path.StartsWithSegments("/js"))
        {
            context.Response.Redirect("/account/password");
            return Task.CompletedTask;
        }

        return next();
    }
}
