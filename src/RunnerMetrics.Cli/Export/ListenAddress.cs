using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RunnerMetrics.Cli.CommandLine;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// <c>--prometheus-listen HOST:PORT</c>: an IP address (<c>[…]</c> around IPv6) or <c>localhost</c>, and a port; port 0
/// lets the kernel choose (the bound address is logged).
/// </summary>
internal static class ListenAddress
{
    public static IPEndPoint Parse(string value)
    {
        int colon = value.LastIndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            throw Invalid(value);
        }

        string host = value[..colon];
        string port = value[(colon + 1)..];
        if (!ushort.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out ushort number))
        {
            throw Invalid(value);
        }

        // Kestrel binds "localhost" to both loopbacks and cannot do that on port 0: one address, one socket.
        if (host == "localhost")
        {
            return new IPEndPoint(IPAddress.Loopback, number);
        }

        bool bracketed = host.StartsWith('[') && host.EndsWith(']');
        if (bracketed)
        {
            host = host[1..^1];
        }

        // An IPv6 address needs its brackets, or "::1:9464" would be ambiguous. An IPv4 address must be written in full
        // dotted decimal: IPAddress also takes "1" (0.0.0.1) or "010.0.0.1" (octal), which nobody means.
        if (!IPAddress.TryParse(host, out var address) || (address.AddressFamily == AddressFamily.InterNetworkV6) != bracketed
            || (!bracketed && address.ToString() != host))
        {
            throw Invalid(value);
        }

        return new IPEndPoint(address, number);
    }

    private static UsageException Invalid(string value) => new(
        $"--prometheus-listen must be HOST:PORT with an IP address or localhost (e.g. 127.0.0.1:9464, 0.0.0.0:9464, [::1]:9464), not '{value}'.");
}
