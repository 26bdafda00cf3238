using System.Text;

namespace NotebookNN;

public static partial class Csv
{
    /// <summary>
    /// The file's records as RFC 4180 reads them: fields split at the separator (<c>,</c>, or <c>;</c> when the first
    /// record has more of those outside quotes), <c>"quoted"</c> fields that may hold separators, <c>""</c> for a quote
    /// and line breaks; blank lines skipped. Each record keeps the line it starts on, for messages.
    /// </summary>
    private static List<(int Line, string[] Fields, char Separator)> ReadRecords(string path)
    {
        string text;
        using (var reader = Open(path))
            text = reader.ReadToEnd();
        char separator = DetectSeparator(text);
        var records = new List<(int, string[], char)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, fieldWasQuoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.ToString().Trim().Length == 0 && !fieldWasQuoted)
            {
                field.Clear();
                quoted = fieldWasQuoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                EndRecord();
                line++;
                recordLine = line;
            }
            else
                field.Append(c);
        }
        if (quoted)
            throw new FormatException($"{path}, line {recordLine}: a quoted field is not closed (a '\"' is missing).");
        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldWasQuoted = false;
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
                records.Add((recordLine, [.. fields], separator));
            fields.Clear();
        }
    }

    // ';' when the header (the first line, outside quotes) has more semicolons than commas, else ','.
    private static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0;
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c is '\n' or '\r' && commas + semicolons > 0)
                break;
            else if (!quoted && c == ',')
                commas++;
            else if (!quoted && c == ';')
                semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }
}
