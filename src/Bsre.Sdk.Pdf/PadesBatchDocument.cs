namespace Bsre.Sdk.Pdf;

/// <summary>One document of a <see cref="PadesBatchSigner"/> batch: the PDF to sign and where the signed PDF goes.</summary>
public sealed class PadesBatchDocument
{
    /// <summary>Creates the entry.</summary>
    /// <param name="inputPath">The PDF to sign; never modified.</param>
    /// <param name="outputPath">Where the signed PDF goes; replaced if it exists. It may not be an input of the batch: inputs are never modified.</param>
    public PadesBatchDocument(string inputPath, string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        InputPath = inputPath;
        OutputPath = outputPath;
    }

    /// <summary>Gets the PDF to sign.</summary>
    public string InputPath { get; }

    /// <summary>Gets where the signed PDF goes.</summary>
    public string OutputPath { get; }

    /// <inheritdoc />
    public override string ToString() => $"{InputPath} -> {OutputPath}";
}
