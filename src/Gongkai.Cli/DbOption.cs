using System.CommandLine;
using Gongkai.Data;

namespace Gongkai.Cli;

/// <summary>The <c>--db</c> option every registry command takes, and opening the registry it names.</summary>
internal static class DbOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"登记库：SQLite 文件路径，或 postgres://用户@主机:端口/库名；默认取环境变量 {DatabaseTarget.EnvironmentVariable}，再默认 {DatabaseTarget.DefaultFile}（the registry database）",
        HelpName = "DB",
    };

    /// <summary>Opens the registry (creating or upgrading its schema) or prints why it cannot be opened.</summary>
    public static async Task<Database?> OpenAsync(CliContext context, string? db, CancellationToken cancellationToken)
    {
        try
        {
            var database = new Database(DatabaseTarget.Resolve(db));
            await Migrator.MigrateAsync(database, cancellationToken: cancellationToken);
            return database;
        }
        catch (RegistryException e)
        {
            context.Error($"gongkai: {e.Message}");
            return null;
        }
        catch (ArgumentException e)
        {
            context.Error($"gongkai: 数据库参数有误：{e.Message}（bad --db）");
            return null;
        }
    }
}
