REM Adds review comments to a Word document the way a reviewer in LibreOffice does:
REM plan lines "bookmark|author|text" (START = the beginning of the document);
REM the comment covers the bookmarked text. Errors go to <plan>.log.
Sub Annotate(inUrl As String, outUrl As String, planPath As String)
  On Error GoTo Failed
  stage = "load"
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = "Hidden"
  loadArgs(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, loadArgs())
  f = FreeFile
  Open planPath For Input As #f
  Do While Not EOF(f)
    Line Input #f, planLine
    parts = Split(planLine, "|")
    If UBound(parts) >= 2 Then
      stage = "place " & parts(0)
      If parts(0) = "START" Then
        anchor = doc.getText().getStart()
      Else
        anchor = doc.getBookmarks().getByName(parts(0)).getAnchor()
      End If
      field = doc.createInstance("com.sun.star.text.TextField.Annotation")
      field.Author = parts(1)
      field.Content = parts(2)
      Dim stamp As New com.sun.star.util.DateTime
      stamp.Year = 2026
      stamp.Month = 11
      stamp.Day = 19
      stamp.Hours = 9
      stamp.Minutes = 30
      field.DateTimeValue = stamp
      cursor = anchor.getText().createTextCursorByRange(anchor.getStart())
      cursor.goRight(Len(anchor.getString()), True)
      anchor.getText().insertTextContent(cursor, field, True)
    End If
  Loop
  Close #f
  stage = "store"
  Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
  storeArgs(0).Name = "FilterName"
  storeArgs(0).Value = "MS Word 2007 XML"
  doc.storeToURL(outUrl, storeArgs())
  stage = "close"
  doc.close(True)
  Exit Sub
Failed:
  h = FreeFile
  Open planPath & ".log" For Output As #h
  Print #h, stage & ": " & Err & " " & Error$ & " line " & Erl
  Close #h
End Sub
