using System.Text;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>The naming policies of <c>JsonNaming</c>, matching System.Text.Json's for the same names.</summary>
internal static class JsonNames
{
    // Values of RunnerMetrics.Parsing.JsonNaming.
    public const int SnakeCaseLower = 0;
    public const int CamelCase = 1;
    public const int KebabCaseLower = 2;
    public const int AsDeclared = 3;

    public static string Apply(int policy, string name) => policy switch
    {
        SnakeCaseLower => Separate(name, '_'),
        KebabCaseLower => Separate(name, '-'),
        CamelCase => ToCamelCase(name),
        _ => name,
    };

    public static string PolicyName(int policy) => policy switch
    {
        SnakeCaseLower => "SnakeCaseLower",
        KebabCaseLower => "KebabCaseLower",
        CamelCase => "CamelCase",
        _ => "AsDeclared",
    };

    /// <summary>A JSONPath for a member of the root object: <c>$.name</c>, or <c>$['odd name']</c>.</summary>
    public static string PathOf(string jsonName)
    {
        bool simple = jsonName.Length > 0 && !char.IsDigit(jsonName[0]);
        foreach (char c in jsonName)
        {
            simple &= c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == '-');
        }

        return simple ? "$." + jsonName : "$['" + jsonName.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }

    // WorkflowRunID -> workflow_run_id; HTTPServer -> http_server; Utf8Text -> utf8_text.
    private static string Separate(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                bool afterWord = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                bool endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((afterWord || endsAcronym) && builder.Length > 0 && builder[builder.Length - 1] != separator)
                {
                    builder.Append(separator);
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != separator)
            {
                builder.Append(separator);
            }
        }

        return builder.ToString().TrimEnd(separator);
    }

    // URLValue -> urlValue; ID -> id; Name -> name.
    private static string ToCamelCase(string name)
    {
        var chars = name.ToCharArray();
        for (int i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            if (i > 0 && i + 1 < chars.Length && !char.IsUpper(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
