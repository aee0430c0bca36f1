using System;
using System.Collections.Generic;
using System.Text;

namespace RunnerMetrics.Tests.Export;

/// <summary>
/// Reads the metric names out of an OTLP <c>ExportMetricsServiceRequest</c> (protobuf), walking only the fields on the
/// way: request.resource_metrics (1) → scope_metrics (2) → metrics (2) → name (1). No OTLP package is needed for that.
/// </summary>
internal static class OtlpMetricNames
{
    public static List<string> Read(byte[] request)
    {
        var names = new List<string>();
        foreach (var resourceMetrics in Fields(request, 1))
        {
            foreach (var scopeMetrics in Fields(resourceMetrics, 2))
            {
                foreach (var metric in Fields(scopeMetrics, 2))
                {
                    foreach (var name in Fields(metric, 1))
                    {
                        names.Add(Encoding.UTF8.GetString(name));
                    }
                }
            }
        }

        return names;
    }

    // The length-delimited fields numbered `field` of one message; every other field is skipped by its wire type.
    private static List<byte[]> Fields(ReadOnlySpan<byte> message, int field)
    {
        var found = new List<byte[]>();
        int at = 0;
        while (at < message.Length)
        {
            ulong key = Varint(message, ref at);
            int wireType = (int)(key & 7);
            switch (wireType)
            {
                case 0:
                    Varint(message, ref at);
                    break;
                case 1:
                    at += 8;
                    break;
                case 2:
                    int length = checked((int)Varint(message, ref at));
                    if ((int)(key >> 3) == field)
                    {
                        found.Add(message.Slice(at, length).ToArray());
                    }

                    at += length;
                    break;
                case 5:
                    at += 4;
                    break;
                default:
                    throw new FormatException($"wire type {wireType} at byte {at}");
            }
        }

        return found;
    }

    private static ulong Varint(ReadOnlySpan<byte> message, ref int at)
    {
        ulong value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = message[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
