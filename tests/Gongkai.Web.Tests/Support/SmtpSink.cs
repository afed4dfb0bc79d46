using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gongkai.Web.Tests.Support;

/// <summary>A message the sink accepted: envelope, headers, and the subject and body decoded to text.</summary>
public sealed record SinkMessage(string From, IReadOnlyList<string> To, IReadOnlyDictionary<string, string> Headers, string Subject, string Body, string Raw, IReadOnlyList<(string Name, byte[] Bytes)>? Attachments = null);

/// <summary>
/// A real SMTP server on 127.0.0.1 that keeps what it is sent (RFC 5321: EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET,
/// NOOP, QUIT; no authentication, no TLS). A message is recorded before the server answers 250 to its DATA, so
/// when <c>SmtpClient.SendMailAsync</c> returns, the message is in <see cref="Messages"/>.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<SinkMessage> messages = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly Task accepting;

    private SmtpSink(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    public IReadOnlyList<SinkMessage> Messages => [.. messages];

    /// <summary>A sink on <paramref name="port"/>, or on a free port when 0.</summary>
    public static SmtpSink Start(int port = 0) => new(port);

    /// <summary>A port nothing listens on (taken from the system and released at once): an SMTP server that is down.</summary>
    public static int UnusedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>The first message that matches, waiting for it up to <paramref name="timeout"/> (for mail sent by a background service).</summary>
    public async Task<SinkMessage> WaitForAsync(Func<SinkMessage, bool> match, TimeSpan timeout)
    {
        var until = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            if (messages.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            var left = until - Environment.TickCount64;
            if (left <= 0 || !await arrived.WaitAsync(TimeSpan.FromMilliseconds(left)))
            {
                throw new TimeoutException($"no matching message within {timeout.TotalSeconds} s; got {messages.Count}: {string.Join(" | ", messages.Select(m => m.Subject))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        stop.Dispose();
        arrived.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1, false, 4096, leaveOpen: true);
        await using var writer = new StreamWriter(stream, Encoding.ASCII, 4096, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 sink.local ESMTP test sink");
            string? from = null;
            var to = new List<string>();
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-sink.local greets you");
                        await writer.WriteLineAsync("250 HELP");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 sink.local");
                        break;
                    case "MAIL":
                        from = Address(line);
                        to.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT" when from is null:
                        await writer.WriteLineAsync("503 MAIL first");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA" when to.Count == 0:
                        await writer.WriteLineAsync("503 RCPT first");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var raw = await ReadDataAsync(reader);
                        messages.Enqueue(Mime.Parse(from!, [.. to], raw));
                        arrived.Release();
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the sink is stopping.
        }
    }

    /// <summary>The lines up to the lone dot, with dot-stuffing undone (RFC 5321 §4.5.2).</summary>
    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stop.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string command)
    {
        var open = command.IndexOf('<', StringComparison.Ordinal);
        var close = command.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? command[(open + 1)..close] : command[(command.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
