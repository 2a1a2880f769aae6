using Bsre.Sdk.Validation;

namespace Bsre.Sdk.Pdf.Validation;

/// <summary>One incremental update compared with the revision before it: what it changed and the DocMDP permission it was made under.</summary>
/// <param name="Revision">The 1-based number of the revision the update made (revision 1 is the original document).</param>
/// <param name="Level">The most serious class of its changes.</param>
/// <param name="OtherChanges">Up to five descriptions of its changes that no signature permits.</param>
/// <param name="ChangedFields">The names of the fields whose value (/V) it changed: what FieldMDP locks.</param>
/// <param name="AddsVisibleSignature">Whether it added a signature widget with a visible rectangle.</param>
/// <param name="Permission">The DocMDP /P of the certification in force before it, or <see langword="null"/> when the document was not certified.</param>
internal sealed record RevisionUpdate(
    int Revision,
    ModificationLevel Level,
    IReadOnlyList<string> OtherChanges,
    IReadOnlySet<string> ChangedFields,
    bool AddsVisibleSignature,
    int? Permission);
