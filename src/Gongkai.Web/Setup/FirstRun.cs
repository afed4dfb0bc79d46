using System.Security.Cryptography;
using Dapper;
using Gongkai.Data;
using Gongkai.Data.Import;
using Gongkai.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Setup;

/// <summary>
/// What the first start of a new installation does: bring the schema up to date, import the sample reports when
/// the registry is empty, and create the admin account with a one-time password printed to the console.
/// </summary>
/// <remarks>A hosted service: it finishes before the server takes its first request (in the app and in test hosts alike).</remarks>
public sealed class FirstRun(IServiceProvider services, IConfiguration configuration, ILogger<FirstRun> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => RunAsync(services, configuration, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task RunAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<Database>();
        await Migrator.MigrateAsync(database, cancellationToken: cancellationToken);
        await ImportSamplesAsync(database, configuration, logger, cancellationToken);
        await CreateAdminAsync(services, database, cancellationToken);
    }

    private static async Task ImportSamplesAsync(Database database, IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        if (configuration.GetValue("Gongkai:ImportSamples", true) is false)
        {
            return;
        }

        await using (var c = await database.OpenAsync(cancellationToken))
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM files") > 0)
            {
                return;
            }
        }

        var samples = configuration["Gongkai:Samples"] ?? FindSamples();
        if (samples is null || !Directory.Exists(samples))
        {
            logger.LogWarning("未找到示例年报目录 samples/seeds，登记库为空（sample reports not found）");
            return;
        }

        // Relative to the working directory when inside it: the stored source (shown in exports) names the sample
        // file, not where the server happens to be installed.
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), samples);
        var summary = await new Importer(database).RunAsync([relative.StartsWith("..", StringComparison.Ordinal) ? samples : relative], cancellationToken: cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("已导入示例年报 {Count} 份（{Path}）", summary.NewReports + summary.NewVersions, samples);
        }
    }

    /// <summary>samples/seeds in the working directory or above the application (a source checkout).</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static async Task CreateAdminAsync(IServiceProvider services, Database database, CancellationToken cancellationToken)
    {
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users WHERE role = @role", new { role = Roles.Admin }) > 0)
            {
                return;
            }
        }

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var password = OneTimePassword();
        var admin = new WebUser { UserName = "admin", DisplayName = "系统管理员", Role = Roles.Admin, MustChangePassword = true };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        // Printed once, on the console of whoever installed it; the first sign-in must replace it.
        Console.WriteLine();
        Console.WriteLine("==================================================================");
        Console.WriteLine($"  管理员账号 admin 的一次性密码：{password}");
        Console.WriteLine("  首次登录后必须修改密码。(one-time admin password; change it at first sign-in)");
        Console.WriteLine("==================================================================");
        Console.WriteLine();
    }

    /// <summary>16 characters from an alphabet without look-alikes (0/O, 1/l/I), with each class Identity requires.</summary>
    public static string OneTimePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789";
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            var set = (i % 3) switch { 0 => lower, 1 => upper, _ => digits };
            chars[i] = set[RandomNumberGenerator.GetInt32(set.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
