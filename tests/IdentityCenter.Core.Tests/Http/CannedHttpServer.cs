using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace IdentityCenter.Core.Tests.Http;

/// <summary>
/// A loopback socket server that answers every request with one fixed raw HTTP response, for replies the emulator
/// would never give: redirects, oversized or malformed bodies, a connection closed without a reply. A script may
/// answer by the request head instead, and a certificate makes it speak TLS.
/// </summary>
public sealed class CannedHttpServer : IDisposable
{
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly Func<string, byte[]?> response;
    private readonly X509Certificate2? certificate;
    private int requests;

    public CannedHttpServer(Func<byte[]?> response, IPAddress? address = null)
        : this(_ => response(), address: address)
    {
    }

    /// <param name="response">Given the request head (request line and headers), the raw reply; null closes the connection.</param>
    /// <param name="certificate">Speaks TLS with this certificate when given.</param>
    /// <param name="address">The loopback address to listen on: IPv4 unless a test needs IPv6.</param>
    public CannedHttpServer(Func<string, byte[]?> response, X509Certificate2? certificate = null, IPAddress? address = null)
    {
        this.response = response;
        this.certificate = certificate;
        listener = new TcpListener(address ?? IPAddress.Loopback, 0);
        listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public Uri BaseAddress => new((certificate == null ? "http" : "https") + "://" +
        (((IPEndPoint)listener.LocalEndpoint).AddressFamily == AddressFamily.InterNetworkV6 ? "[::1]" : "127.0.0.1") + ":" +
        ((IPEndPoint)listener.LocalEndpoint).Port + "/");

    public int Requests => Volatile.Read(ref requests);

    /// <summary>The raw text of every request head received, for checking what was sent.</summary>
    public List<string> RequestHeads { get; } = [];

    public static byte[] Reply(int status, string reason, string body, params string[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(status).Append(' ').Append(reason).Append("\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(bytes.Length).Append("\r\nConnection: close\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. bytes];
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
    }

    private async Task AcceptLoop()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            Stream stream = client.GetStream();
            if (certificate != null)
            {
                var tls = new SslStream(stream);
                try
                {
                    await tls.AuthenticateAsServerAsync(certificate);
                }
                catch (Exception)
                {
                    // The client refused the certificate: no request arrives.
                    return;
                }

                stream = tls;
            }

            var head = await ReadRequest(stream);
            lock (RequestHeads)
            {
                RequestHeads.Add(head);
            }

            Interlocked.Increment(ref requests);
            var bytes = response(head);
            if (bytes != null)
            {
                await stream.WriteAsync(bytes);
                await stream.FlushAsync();
            }
        }
    }

    private static async Task<string> ReadRequest(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var received = new MemoryStream();
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return Encoding.ASCII.GetString(received.ToArray());
            }

            received.Write(buffer, 0, read);
        }

        var head = Encoding.ASCII.GetString(received.ToArray(), 0, headEnd);
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine == null ? 0 : int.Parse(lengthLine.Split(':')[1].Trim());
        while (received.Length < headEnd + 4 + length)
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
        }

        return head;
    }

    private static int IndexOfHeadEnd(MemoryStream received)
    {
        var data = received.GetBuffer();
        for (var i = 0; i + 3 < received.Length; i++)
        {
            if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
