using System.Collections;
using System.Linq;
using System.Management.Automation;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Arguments;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Adds tags to a permission set, or gives tags it has a new value.</para>
    /// <para type="description">Reads the tags first and sends only those that are missing or differ, so a rerun
    /// changes nothing. Tags not named keep their values.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "IdcPermissionSetTag", SupportsShouldProcess = true, DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(PermissionSetTagEntry))]
    public sealed class AddIdcPermissionSetTagCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? PermissionSetId { get; set; }

        /// <summary>A hashtable, or text such as 'team=ops;env=prod' (a CSV column).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [TagTransformation]
        [ValidateTag]
        public IDictionary? Tag { get; set; }

        /// <summary>Writes every tag of the set after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var permissionSetId = PermissionSetId ?? string.Empty;
            var tags = TagList.From(Tag);
            var operation = ItemOperation.AddTags(permissionSetId, tags.Select(t => t.Key).ToList());
            if (!ShouldProcess(operation.Target, operation.Action))
            {
                return;
            }

            if (!TryCall(operation, (client, token) => client.TagPermissionSetAsync(permissionSetId, tags, token), out var change))
            {
                return;
            }

            WriteVerbose(change.ChangedKeys.Count == 0
                ? operation.Target + " already has these tags; nothing was sent."
                : "Tagged " + operation.Target + ": " + string.Join(", ", change.ChangedKeys) + ".");
            if (PassThru.IsPresent)
            {
                foreach (var tag in change.Tags)
                {
                    WriteObject(TypedOutput.Wrap(tag));
                }
            }
        }
    }
}
