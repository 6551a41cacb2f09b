# The permission-set lifecycle commands against the local emulator over loopback: each command's surface, the
# pipelines between them, removals that converge, and the README's nightly runbook run twice.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    # The emulator's ReadOnlyPolicy and AdministratorAccessPolicy (its own system-policy catalogue).
    $readOnlyPolicyId = '5e1f0000000000000000000000000001'
    $adminPolicyId = '5e1f0000000000000000000000000002'
    $policyText = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*"],"Resource":["*"]}]}'

    function Get-EmulatorRequest {
        (Invoke-RestMethod -Method Get -Uri "$($emulator.Url)/_emulator/requests").requests
    }

    function Get-ChangingRequest {
        @(Get-EmulatorRequest | Where-Object method -ne 'GET')
    }

    function New-TestSet {
        param([string] $Name, [hashtable] $Extra = @{})
        New-IdcPermissionSet -InstanceId $instanceId -Name $Name @Extra @connection
    }

    function Get-RequestCount {
        # Tests that seed first read the log from this count on.
        @(Get-EmulatorRequest).Count
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'Get-IdcInstance' {
    It 'lists the instances of the account with the instance view' {
        $instances = @(Get-IdcInstance @connection)

        $instances.InstanceId | Should -Contain $instanceId
        $instances[0].PSObject.TypeNames[0] | Should -BeExactly 'IdentityCenter.Instance'
        ($instances | Out-String) | Should -BeLike '*IdentityStoreId*'
    }
}

Describe 'Get-IdcPermissionSet' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $ops = New-TestSet -Name 'Ops-Readers'
        $null = New-TestSet -Name 'Ops-Writers'
        $null = New-TestSet -Name 'Auditors'
    }

    It 'gets one set by id, one by exact name, and those a wildcard matches ignoring case' {
        (Get-IdcPermissionSet -InstanceId $instanceId -PermissionSetId $ops.PermissionSetId @connection).Name | Should -BeExactly 'Ops-Readers'
        (Get-IdcPermissionSet -InstanceId $instanceId -Name 'Ops-Readers' @connection).PermissionSetId | Should -Be $ops.PermissionSetId
        (@(Get-IdcPermissionSet -InstanceId $instanceId -Name 'ops*' @connection).Name | Sort-Object) -join ',' | Should -Be 'Ops-Readers,Ops-Writers'
        @(Get-IdcPermissionSet -InstanceId $instanceId @connection).Count | Should -Be 3
    }

    It 'sends an exact name to the service as its filter' {
        $before = Get-RequestCount

        $null = Get-IdcPermissionSet -InstanceId $instanceId -Name 'Auditors' @connection

        $sent = @(Get-EmulatorRequest)[$before..1000]
        $sent.queryString | Should -BeLike '*name=Auditors*'
    }

    It 'reports an id that does not exist as a non-terminating ObjectNotFound error naming it' {
        $found = Get-IdcPermissionSet -InstanceId $instanceId -PermissionSetId 'ps-0000000000000000' @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $found | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].ErrorDetails.Message | Should -BeLike '*ps-0000000000000000*'
    }

    It 'reports an exact name with no set as ObjectNotFound naming the name' {
        $null = Get-IdcPermissionSet -InstanceId $instanceId -Name 'Nobody' @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.PermissionSetNotFound,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].ErrorDetails.Message | Should -BeLike "*'Nobody'*$instanceId*"
    }

    It 'writes nothing and no error for a wildcard that matches nothing' {
        $found = Get-IdcPermissionSet -InstanceId $instanceId -Name 'Zz*' @connection -ErrorVariable failures

        $found | Should -BeNullOrEmpty
        $failures | Should -BeNullOrEmpty
    }

    It 'reads a piped set again by its id, and refuses an id whose set has another name' {
        $again = $ops | Get-IdcPermissionSet @connection
        $null = Get-IdcPermissionSet -InstanceId $instanceId -PermissionSetId $ops.PermissionSetId -Name 'Auditors' @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $again.PermissionSetId | Should -Be $ops.PermissionSetId
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].ErrorDetails.Message | Should -BeLike "*named 'Ops-Readers', not 'Auditors'*"
    }

    It 'writes each page as it arrives, so Select-Object -First 3 asks for the first page only' {
        1..102 | ForEach-Object { [pscustomobject]@{ Name = 'bulk-{0:D3}' -f $_ } } | New-IdcPermissionSet -InstanceId $instanceId @connection | Out-Null
        $before = Get-RequestCount

        $first = Get-IdcPermissionSet -InstanceId $instanceId @connection | Select-Object -First 3
        $all = @(Get-IdcPermissionSet -InstanceId $instanceId @connection)

        @($first).Count | Should -Be 3
        $all.Count | Should -Be 105
        $lists = @(@(Get-EmulatorRequest)[$before..100000] | Where-Object operation -eq 'ListPermissionSets')
        # One page for -First 3, then two for the whole listing.
        $lists.Count | Should -Be 3
    }
}

Describe 'Set-IdcPermissionSet' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-TestSet -Name 'Settable' -Extra @{ Description = 'old'; SessionDuration = 'PT1H' }
    }

    It 'updates from a piped set, and a rerun with the same values sends no change' {
        $updated = $set | Set-IdcPermissionSet -Description 'new' -SessionDuration (New-TimeSpan -Hours 2) -PassThru @connection
        $afterFirst = (Get-ChangingRequest).Count
        $set | Set-IdcPermissionSet -Description 'new' -SessionDuration 'PT2H' @connection -Verbose 4>&1 | Out-Null

        $updated.Description | Should -BeExactly 'new'
        $updated.SessionDuration | Should -BeExactly 'PT2H'
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).description | Should -BeExactly 'new'
        (Get-ChangingRequest).Count | Should -Be $afterFirst
    }

    It 'says the name cannot change, and sends nothing' {
        $before = Get-RequestCount

        $set | Set-IdcPermissionSet -NewName 'Renamed' @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failures[0].Exception.Message | Should -BeLike "*parameter 'NewName'*cannot change*"
        @(Get-EmulatorRequest).Count | Should -Be $before
    }

    It 'refuses a description over 1,024 characters for that item, naming the parameter, and sends nothing' {
        $changesBefore = (Get-ChangingRequest).Count

        $set | Set-IdcPermissionSet -Description ('d' * 1025) @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].Exception.Message | Should -BeLike "*parameter 'Description'*1024*"
        (Get-ChangingRequest).Count | Should -Be $changesBefore
    }

    It 'sends nothing under -WhatIf' {
        $before = Get-RequestCount

        $set | Set-IdcPermissionSet -Description 'never' @connection -WhatIf

        @(Get-EmulatorRequest).Count | Should -Be $before
    }
}

Describe 'Remove-IdcPermissionSet' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        $null = New-TestSet -Name 'Temp-1'
        $null = New-TestSet -Name 'Temp-2'
        $null = New-TestSet -Name 'Keep'
    }

    It 'is ConfirmImpact High with -Force' {
        (Get-Command Remove-IdcPermissionSet).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        (Get-Command Remove-IdcPermissionSet).Parameters.Keys | Should -Contain 'Force'
    }

    It 'shows under -WhatIf what a piped listing would remove and sends no delete' {
        Get-IdcPermissionSet -InstanceId $instanceId -Name 'Temp*' @connection | Remove-IdcPermissionSet @connection -WhatIf

        (Get-ChangingRequest | Where-Object operation -eq 'DeletePermissionSet') | Should -BeNullOrEmpty
        @(Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).Count | Should -Be 3
    }

    It 'removes with -Force, and a second removal is a warning, not an error' {
        $doomed = Get-IdcPermissionSet -InstanceId $instanceId -Name 'Temp*' @connection

        $doomed | Remove-IdcPermissionSet -Force @connection
        $doomed | Remove-IdcPermissionSet -Force @connection -WarningVariable absent -ErrorVariable failures -WarningAction SilentlyContinue

        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).name | Should -Be 'Keep'
        $failures | Should -BeNullOrEmpty
        $absent.Count | Should -Be 2
        "$($absent[0])" | Should -BeLike "*$([WildcardPattern]::Escape($doomed[0].PermissionSetId))*already absent*"
    }

    It 'reports success when the delete reply is lost after the set was removed' {
        $set = Get-IdcPermissionSet -InstanceId $instanceId -Name 'Temp-1' @connection
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'DeletePermissionSet'; count = 1; drop = 'After' }

        $set | Remove-IdcPermissionSet -Force @connection -ErrorVariable failures -WarningAction SilentlyContinue

        $failures | Should -BeNullOrEmpty
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).name | Should -Not -Contain 'Temp-1'
    }
}

Describe 'Get-IdcCustomPolicy and Remove-IdcCustomPolicy' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-TestSet -Name 'WithPolicy'
        $set | Set-IdcCustomPolicy -Policy $policyText @connection
    }

    It 'reads the policy of a set found by name, as the exact text' {
        $assignment = Get-IdcPermissionSet -InstanceId $instanceId -Name 'WithPolicy' @connection | Get-IdcCustomPolicy @connection

        $assignment.PSObject.TypeNames[0] | Should -BeExactly 'IdentityCenter.CustomPolicyAssignment'
        $assignment.Policy | Should -BeExactly $policyText
        $assignment.PermissionSetId | Should -Be $set.PermissionSetId
    }

    It 'parses the document with -AsObject' {
        $document = $set | Get-IdcCustomPolicy -AsObject @connection

        $document.Version | Should -BeExactly '5.0'
        $document.Statement[0].Effect | Should -BeExactly 'Allow'
        @($document.Statement[0].Action) | Should -Be @('obs:*:get*')
    }

    It 'removes the policy with -Force, then warns that it is absent, and reading it is ObjectNotFound' {
        $set | Remove-IdcCustomPolicy -Force @connection
        $set | Remove-IdcCustomPolicy -Force @connection -WarningVariable absent -ErrorVariable failures -WarningAction SilentlyContinue
        $null = $set | Get-IdcCustomPolicy @connection -ErrorVariable missing -ErrorAction SilentlyContinue

        $failures | Should -BeNullOrEmpty
        $absent.Count | Should -Be 1
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Managed policies' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-TestSet -Name 'Managed'
    }

    It 'attaches from a piped set, lists with names, and a second attach sends nothing' {
        $attached = $set | Add-IdcManagedPolicy -PolicyId $readOnlyPolicyId -PassThru @connection
        $null = $set | Add-IdcManagedPolicy -PolicyId $adminPolicyId @connection
        $afterFirst = (Get-ChangingRequest).Count
        $set | Add-IdcManagedPolicy -PolicyId $readOnlyPolicyId @connection

        $listed = @($set | Get-IdcManagedPolicy @connection)

        $attached.PolicyId | Should -Be $readOnlyPolicyId
        $listed.PolicyName | Should -Be @('ReadOnlyPolicy', 'AdministratorAccessPolicy')
        $listed[0].PSObject.TypeNames[0] | Should -BeExactly 'IdentityCenter.ManagedPolicy'
        (Get-ChangingRequest).Count | Should -Be $afterFirst
    }

    It 'detaches a piped listing entry, and detaching it again is a warning' {
        $set | Get-IdcManagedPolicy @connection | Where-Object PolicyName -eq 'AdministratorAccessPolicy' | Remove-IdcManagedPolicy @connection
        $set | Remove-IdcManagedPolicy -PolicyId $adminPolicyId @connection -WarningVariable absent -ErrorVariable failures -WarningAction SilentlyContinue

        ($set | Get-IdcManagedPolicy @connection).PolicyName | Should -Be 'ReadOnlyPolicy'
        $failures | Should -BeNullOrEmpty
        $absent.Count | Should -Be 1
    }

    It 'refuses a policy name over 128 characters before sending' {
        { $set | Add-IdcManagedPolicy -PolicyId $readOnlyPolicyId -PolicyName ('n' * 129) @connection } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }
}

Describe 'Tags' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-TestSet -Name 'Tagged' -Extra @{ Tag = @{ team = 'ops' } }
    }

    It 'adds or replaces tags from a piped set and a rerun sends nothing' {
        $tags = $set | Add-IdcPermissionSetTag -Tag @{ team = 'platform'; env = 'prod' } -PassThru @connection
        $afterFirst = (Get-ChangingRequest).Count
        $set | Add-IdcPermissionSetTag -Tag 'team=platform;env=prod' @connection

        ($tags | Sort-Object Key | ForEach-Object { "$($_.Key)=$($_.Value)" }) -join ';' | Should -Be 'env=prod;team=platform'
        $tags[0].PSObject.TypeNames[0] | Should -BeExactly 'IdentityCenter.PermissionSetTag'
        (Get-ChangingRequest).Count | Should -Be $afterFirst
    }

    It 'removes piped tags by key and warns for a key the set lacks' {
        $set | Get-IdcPermissionSetTag @connection | Where-Object Key -eq 'env' | Remove-IdcPermissionSetTag @connection
        $set | Remove-IdcPermissionSetTag -Key 'env' @connection -WarningVariable absent -WarningAction SilentlyContinue

        ($set | Get-IdcPermissionSetTag @connection).Key | Should -Be 'team'
        $absent.Count | Should -Be 1
        "$($absent[0])" | Should -BeLike '*env*'
    }

    It 'refuses tags that would take the set over 50 before sending' {
        $many = @{}
        1..50 | ForEach-Object { $many["k$_"] = 'v' }
        $changesBefore = (Get-ChangingRequest).Count

        $set | Add-IdcPermissionSetTag -Tag $many @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].Exception.Message | Should -BeLike "*parameter 'Tag'*51 tags*"
        (Get-ChangingRequest).Count | Should -Be $changesBefore
    }
}

Describe 'New-IdcPermissionSet -UseExisting' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'returns the existing set of that name with the same fields and sends no create' {
        $first = New-IdcPermissionSet -InstanceId $instanceId -Name 'Nightly' -SessionDuration PT4H -Tag @{ team = 'ops' } -UseExisting @connection
        $second = New-IdcPermissionSet -InstanceId $instanceId -Name 'Nightly' -SessionDuration PT4H -Tag @{ team = 'ops' } -UseExisting @connection

        $second.PermissionSetId | Should -Be $first.PermissionSetId
        @(Get-EmulatorRequest | Where-Object operation -eq 'CreatePermissionSet').Count | Should -Be 1
    }

    It 'writes a conflict error naming each field that differs, and changes nothing' {
        $null = New-IdcPermissionSet -InstanceId $instanceId -Name 'Nightly' -Description 'theirs' -SessionDuration PT1H @connection

        $result = New-IdcPermissionSet -InstanceId $instanceId -Name 'Nightly' -Description 'mine' -SessionDuration PT4H -UseExisting @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $result | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.PermissionSetConflict,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $failures[0].ErrorDetails.Message | Should -BeLike "*Description is 'theirs', not 'mine'*SessionDuration is 'PT1H', not 'PT4H'*"
        $failures[0].Exception.Differences.Field | Should -Be @('Description', 'SessionDuration')
        (Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId).description | Should -BeExactly 'theirs'
    }
}

Describe 'The README nightly runbook' {
    BeforeAll {
        $readme = Get-Content -Raw -Path (Join-Path $PSScriptRoot '../../README.md')
        $section = $readme.Substring($readme.IndexOf('### A nightly runbook that converges'))
        $code = [regex]::Match($section, '```powershell\r?\n(?<code>.*?)```', 'Singleline').Groups['code'].Value
        $runbook = [scriptblock]::Create($code)
    }

    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        $saved = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'no-credentials')
        $env:HUAWEICLOUD_SDK_AK = $emulator.AccessKeyId
        $env:HUAWEICLOUD_SDK_SK = $emulator.SecretAccessKey
        $env:HUAWEICLOUD_SDK_DOMAIN_ID = $emulator.DomainId
        $env:HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT = $emulator.Url
    }

    AfterEach {
        Restore-IdcTestEnvironment -Saved $saved
    }

    It 'is found in the README' {
        $code | Should -BeLike '*-UseExisting*'
    }

    It 'configures the set on the first run, and on the second run sends only reads and writes no error' {
        & $runbook
        $stateAfterFirst = (Get-IdcTestEmulatorState -Emulator $emulator).instances | ConvertTo-Json -Depth 10
        $changesAfterFirst = @(Get-ChangingRequest)

        $secondRunOutput = & $runbook 2>&1 3>&1
        $changesAfterSecond = @(Get-ChangingRequest)

        $stored = Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId
        $stored.name | Should -Be 'Operators'
        $stored.description | Should -BeExactly 'Day-to-day operations'
        $stored.customPolicy | Should -Not -BeNullOrEmpty
        ($stored.tags | Sort-Object key | ForEach-Object { "$($_.key)=$($_.value)" }) -join ';' | Should -Be 'owner=platform;team=ops'
        $changesAfterFirst.operation | Should -Contain 'CreatePermissionSet'
        $changesAfterFirst.operation | Should -Contain 'AttachManagedPolicy'
        $secondRunOutput | Should -BeNullOrEmpty
        $changesAfterSecond.Count | Should -Be $changesAfterFirst.Count
        ((Get-IdcTestEmulatorState -Emulator $emulator).instances | ConvertTo-Json -Depth 10) | Should -Be $stateAfterFirst
    }
}
