-- Drives nianbao-language-server from real Neovim (0.7+), headless, as a third-party LSP client.
-- Env: SERVER (bundled bin), FILE (report to open, edited in place), OUT (JSON results),
--      FIX_CODE (diagnostic code whose quick fix to apply), COMPLETE_TEXT (text typed on a new line 0).
local server, file, out = os.getenv('SERVER'), os.getenv('FILE'), os.getenv('OUT')
local fix_code, complete_text = os.getenv('FIX_CODE'), os.getenv('COMPLETE_TEXT') or ''
local timeout = tonumber(os.getenv('TIMEOUT_MS') or '20000')

local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'yaml'
local id = vim.lsp.start_client({
  name = 'nianbao',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { locale = 'zh-CN' },
})
if not id then fail('client did not start') end
vim.lsp.buf_attach_client(buf, id)

if not vim.wait(timeout, function() return #vim.diagnostic.get(buf) > 0 end, 50) then fail('no diagnostics') end
local result = { diagnostics = {}, completion = {}, fixed = false }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(result.diagnostics, { code = code, line = d.lnum, col = d.col, message = d.message })
end

-- Apply the quick fix of FIX_CODE through textDocument/codeAction, as a user's code-action menu does.
local client = vim.lsp.get_client_by_id(id)
local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if code == fix_code then target = d break end
end
if target then
  local lsp_diag = target.user_data and target.user_data.lsp or nil
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = target.lnum, character = 0 }, ['end'] = { line = target.end_lnum or target.lnum, character = 200 } },
    context = { diagnostics = lsp_diag and { lsp_diag } or {} },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout) or {}
  for _, r in pairs(responses) do
    for _, action in ipairs(r.result or {}) do
      local diags = action.diagnostics or {}
      if action.edit and #diags > 0 and diags[1].code == fix_code then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
        result.fixed = action.title
        break
      end
    end
    if result.fixed then break end
  end
  vim.cmd('silent write')
end

-- Completion: type COMPLETE_TEXT on a new first line and ask for completion at its end.
if complete_text ~= '' then
  vim.api.nvim_buf_set_lines(buf, 0, 0, false, { complete_text })
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 0, character = vim.str_utfindex(complete_text) } }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, timeout) or {}
  for _, r in pairs(responses) do
    local items = r.result and (r.result.items or r.result) or {}
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  end
  vim.api.nvim_buf_set_lines(buf, 0, 1, false, {})
end

local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
vim.cmd('qall!')
