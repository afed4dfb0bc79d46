using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Gongkai.Data.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests: a throw-away cluster (initdb + pg_ctl from Debian's postgresql package)
/// on 127.0.0.1 and a free port, started once per test run and removed at exit. <c>GONGKAI_TEST_PG</c> (an Npgsql
/// connection string with CREATEDB rights) uses an existing server instead. A missing PostgreSQL fails the tests:
/// nothing is skipped.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string adminConnection;

    private PostgresServer(string adminConnection) => this.adminConnection = adminConnection;

    public static PostgresServer Shared => Instance.Value;

    /// <summary>A new, empty database on the server; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "gk_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(adminConnection))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'", c);
            cmd.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ToString();
    }

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_TEST_PG") is { Length: > 0 } existing)
        {
            return new PostgresServer(existing);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL 未安装：apt-get install -y postgresql（the tests need a real PostgreSQL server）");
        }

        var dir = Path.Combine(Path.GetTempPath(), $"gongkai-pg-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres system user.
            Run("chown", $"postgres:postgres {dir}", asUser: null);
        }

        var user = asRoot ? "postgres" : null;
        Run(Path.Combine(bin, "initdb"), $"-D {dir}/data -U gongkai --auth=trust -E UTF8 --locale=C.UTF-8", user);
        var port = FreePort();
        var options = $"-c listen_addresses=127.0.0.1 -p {port} -k {dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        Run(Path.Combine(bin, "pg_ctl"), $"-D {dir}/data -l {dir}/log -o \"{options}\" -w -t 60 start", user);
        // The test host can end without running exit handlers, so a watcher outlives it: when this process is gone,
        // the watcher stops the cluster and removes its directory.
        var stop = $"{Path.Combine(bin, "pg_ctl")} -D {dir}/data -m immediate -w stop";
        var watcher = new ProcessStartInfo("bash")
        {
            ArgumentList =
            {
                "-c",
                $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {(user is null ? stop : $"runuser -u {user} -- {stop}")} >/dev/null 2>&1; rm -rf {dir}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        Process.Start(watcher);
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "gongkai",
            Database = "postgres",
            Pooling = true,
            MaxPoolSize = 50,
            Timeout = 30,
        };
        return new PostgresServer(connection.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, string arguments, string? asUser)
    {
        var info = asUser is null
            ? new ProcessStartInfo(file, arguments)
            : new ProcessStartInfo("runuser", $"-u {asUser} -- {file} {arguments}");
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = Path.GetTempPath();
        using var p = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} timed out");
        }

        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{file} {arguments} exited with {p.ExitCode}: {stderr.Result}{stdout.Result}"));
        }
    }
}
