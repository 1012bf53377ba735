-- The structure's logo, drawn at the top of every printed document beside
-- its name: the image file as chosen (PNG, JPEG or SVG, at most 2 MB, checked
-- by core before it is stored).  It is a column of the structure, so it
-- travels to the other sites with the address and the funders' footer.
ALTER TABLE structure ADD COLUMN logo BLOB;
