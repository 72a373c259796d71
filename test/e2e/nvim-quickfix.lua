-- Headless Neovim (0.7+) drives crossmedia-lint-language-server --stdio: waits for the img-alt
-- diagnostic, asks for code actions, applies the "alt" suggestion, writes the file, checks it.
-- Env: CML_SERVER (bin path), CML_FILE (page to open), CML_NODE (node binary).
local out = function(s) io.stdout:write(s .. '\n') end
local server, file, node = os.getenv('CML_SERVER'), os.getenv('CML_FILE'), os.getenv('CML_NODE') or 'node'

-- A Lua error in --headless never exits: a hard stop fails the run instead.
vim.defer_fn(function() out('TIMEOUT'); vim.cmd('cquit 3') end, 60000)

local function main()
  out('nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch))
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = { name = 'crossmedia-lint', cmd = { node, server, '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':p:h'),
    get_language_id = function() return 'html' end }
  local client_id
  if vim.lsp.start then client_id = vim.lsp.start(config, { bufnr = bufnr })
  else client_id = vim.lsp.start_client(config); vim.lsp.buf_attach_client(bufnr, client_id) end
  local function find()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'img-alt' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'img-alt') then return d end
    end
  end
  if not vim.wait(30000, function() return find() ~= nil end, 20) then out('FAIL no img-alt diagnostic'); vim.cmd('cquit 1') return end
  local d = find()
  out(string.format('DIAG %d:%d %s', d.lnum + 1, d.col + 1, d.message))
  local lsp_diag = { range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    message = d.message, code = 'img-alt', severity = d.severity, source = d.source }
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), range = lsp_diag.range,
    context = { diagnostics = { lsp_diag }, only = { 'quickfix' } } }
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local actions = (res and res[client_id] and res[client_id].result) or {}
  local chosen
  for _, a in ipairs(actions) do
    out('ACTION ' .. a.title)
    if not chosen and a.edit and a.title:find('alt') and not a.title:find('^Disable') then chosen = a end
  end
  if not chosen then out('FAIL no alt suggestion'); vim.cmd('cquit 1') return end
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  vim.cmd('silent write')
  local text = table.concat(vim.fn.readfile(file), '\n')
  if not text:find('alt=""', 1, true) then out('FAIL file not changed'); vim.cmd('cquit 1') return end
  local cleared = vim.wait(15000, function() return find() == nil end, 20)
  out('diagnostic gone after the fix: ' .. tostring(cleared))
  if not cleared then vim.cmd('cquit 1') return end
  out('PASS')
  vim.lsp.stop_client(client_id)
  vim.cmd('qall!')
end

local ok, err = pcall(main)
if not ok then out('ERROR ' .. tostring(err)); vim.cmd('cquit 2') end
