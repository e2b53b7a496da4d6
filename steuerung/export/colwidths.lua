-- pandoc filter: the column widths of every table, from the metadata field
-- "colwidths" ("16,62,22;40,60" = percent per column, tables in document order),
-- computed by steuerung.export.html.column_widths.  Without it pandoc's GFM
-- reader makes every column of a DOCX/ODT table equally wide.
function Pandoc(doc)
  local spec = pandoc.utils.stringify(doc.meta.colwidths or "")
  local tables = {}
  for part in spec:gmatch("[^;]+") do
    local widths = {}
    for w in part:gmatch("[^,]+") do table.insert(widths, tonumber(w) / 100) end
    table.insert(tables, widths)
  end
  local n = 0
  doc.blocks = doc.blocks:walk({Table = function(tbl)
    n = n + 1
    local widths = tables[n]
    if widths and #widths == #tbl.colspecs then
      for i, colspec in ipairs(tbl.colspecs) do tbl.colspecs[i] = {colspec[1], widths[i]} end
    end
    return tbl
  end})
  doc.meta.colwidths = nil
  return doc
end
