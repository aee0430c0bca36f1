using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace RunnerMetrics.Parsing.Tests.Differential;

/// <summary>
/// A document as a small mutable tree whose leaves keep their raw JSON text, so that a mutation can put any
/// text (<c>1e2</c>, <c>"\ud800"</c>, a repeated member) at any place and write the document back.
/// </summary>
internal abstract class JsonTree
{
    public static JsonTree From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => JsonTreeObject.FromElement(element),
        JsonValueKind.Array => JsonTreeArray.FromElement(element),
        _ => new JsonTreeLeaf(element.GetRawText()),
    };

    public static JsonTree Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    public abstract JsonTree Clone();

    public abstract void WriteTo(StringBuilder text);

    /// <summary>Every node, this one first.</summary>
    public abstract void Collect(List<JsonTree> nodes);

    public override string ToString()
    {
        var text = new StringBuilder();
        WriteTo(text);
        return text.ToString();
    }
}

internal sealed class JsonTreeLeaf(string raw) : JsonTree
{
    public string Raw { get; } = raw;

    public override JsonTree Clone() => this;

    public override void WriteTo(StringBuilder text) => text.Append(Raw);

    public override void Collect(List<JsonTree> nodes) => nodes.Add(this);
}

internal sealed class JsonTreeArray : JsonTree
{
    public List<JsonTree> Items { get; } = [];

    public static JsonTreeArray FromElement(JsonElement element)
    {
        var array = new JsonTreeArray();
        foreach (var item in element.EnumerateArray())
        {
            array.Items.Add(From(item));
        }

        return array;
    }

    public override JsonTree Clone()
    {
        var copy = new JsonTreeArray();
        foreach (var item in Items)
        {
            copy.Items.Add(item.Clone());
        }

        return copy;
    }

    public override void WriteTo(StringBuilder text)
    {
        text.Append('[');
        for (int i = 0; i < Items.Count; i++)
        {
            text.Append(i == 0 ? "" : ",");
            Items[i].WriteTo(text);
        }

        text.Append(']');
    }

    public override void Collect(List<JsonTree> nodes)
    {
        nodes.Add(this);
        foreach (var item in Items)
        {
            item.Collect(nodes);
        }
    }
}

internal sealed class JsonTreeObject : JsonTree
{
    /// <summary>Members in order; the name is raw JSON string text, quotes included.</summary>
    public List<KeyValuePair<string, JsonTree>> Members { get; } = [];

    public static JsonTreeObject FromElement(JsonElement element)
    {
        var tree = new JsonTreeObject();
        foreach (var member in element.EnumerateObject())
        {
            tree.Members.Add(new(JsonSerializer.Serialize(member.Name), From(member.Value)));
        }

        return tree;
    }

    public override JsonTree Clone()
    {
        var copy = new JsonTreeObject();
        foreach (var (name, value) in Members)
        {
            copy.Members.Add(new(name, value.Clone()));
        }

        return copy;
    }

    public override void WriteTo(StringBuilder text)
    {
        text.Append('{');
        for (int i = 0; i < Members.Count; i++)
        {
            text.Append(i == 0 ? "" : ",").Append(Members[i].Key).Append(':');
            Members[i].Value.WriteTo(text);
        }

        text.Append('}');
    }

    public override void Collect(List<JsonTree> nodes)
    {
        nodes.Add(this);
        foreach (var member in Members)
        {
            member.Value.Collect(nodes);
        }
    }
}
